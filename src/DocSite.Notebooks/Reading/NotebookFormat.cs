namespace DocSite.Notebooks.Reading;

/// <summary>The file formats the engine reads.</summary>
internal enum NotebookFormat
{
    /// <summary>Jupyter notebook (as VS Code / Polyglot Notebooks or Jupyter write it).</summary>
    Ipynb,

    /// <summary>Polyglot Notebooks' plain-text format: cells separated by <c>#!kernel</c> lines.</summary>
    Dib,
}
