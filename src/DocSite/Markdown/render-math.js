// Renders every formula of a build with KaTeX in one Node process (DocSite's RenderMath step).
// argv[1]: the site's node_modules/katex folder; argv[2]: a JSON file [{"tex": "...", "display": bool}, ...].
// stdout: one entry per formula, in order: {"html": "..."} or {"error": "KaTeX's message"}.
const katex = require(process.argv[1]);
const formulas = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const results = formulas.map(({ tex, display }) => {
  try {
    return { html: katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml' }) };
  } catch (e) {
    if (e instanceof katex.ParseError) return { error: e.message };
    throw e;
  }
});
process.stdout.write(JSON.stringify(results));
