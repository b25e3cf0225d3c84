namespace DocSite.Notebooks.Reading;

/// <summary>The notebook file is not a notebook the engine can read.</summary>
internal sealed class NotebookReadException(string message, Exception? inner = null) : Exception(message, inner);
