namespace DocSite.Notebooks.Progress;

/// <summary>Receives what the engine is doing, for display.</summary>
internal interface INotebookProgress
{
    /// <summary>A worker starts for <paramref name="notebook"/>, which will run <paramref name="cellCount"/> cells.</summary>
    void Started(string notebook, int cellCount);

    /// <summary>The <paramref name="index"/>-th planned cell (1-based), cell <paramref name="cellNumber"/> of the file, starts.</summary>
    void CellStarted(string notebook, int index, int cellNumber, string firstLine);

    /// <summary>A running cell printed <paramref name="text"/>.</summary>
    void Output(string notebook, string text);

    /// <summary>The notebook is done (run, cached or failed).</summary>
    void Finished(NotebookRun run);

    /// <summary>A note for the log.</summary>
    void Log(string line);
}
