using System.Diagnostics;

namespace DocSite.Notebooks.Progress;

/// <summary>What one running notebook is doing, for the live display.</summary>
internal sealed class NotebookActivity(string notebook, int cellCount)
{
    public string Notebook { get; } = notebook;

    public int CellCount { get; } = cellCount;

    public int CellIndex { get; set; }

    public int CellNumber { get; set; }

    public string FirstLine { get; set; } = "";

    public string LastOutput { get; set; } = "";

    public Stopwatch Elapsed { get; } = Stopwatch.StartNew();
}
