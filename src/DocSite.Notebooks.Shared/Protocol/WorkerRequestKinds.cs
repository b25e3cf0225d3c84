namespace DocSite.Notebooks.Protocol;

/// <summary>The requests a worker understands.</summary>
internal static class WorkerRequestKinds
{
    /// <summary>Run one cell's code in the kernel and answer with <see cref="WorkerMessageKinds.CellCompleted"/>.</summary>
    public const string Execute = "execute";

    /// <summary>
    /// Make <see cref="WorkerRequest.Code"/> the working directory. A worker started ahead of time (the preview's
    /// warm worker) learns this way which notebook's folder it runs in; it comes before the first cell.
    /// </summary>
    public const string Enter = "enter";

    /// <summary>Exit now.</summary>
    public const string Exit = "exit";
}
