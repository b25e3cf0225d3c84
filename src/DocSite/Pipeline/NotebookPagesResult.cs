using DocSite.Documents;

namespace DocSite.Pipeline;

/// <summary>Notebook pages plus the extra files they bring (the executed .ipynb downloads).</summary>
public sealed record NotebookPagesResult(IReadOnlyList<Page> Pages, IReadOnlyList<OutputFile> Files);
