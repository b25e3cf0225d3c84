namespace DocSite.Notebooks.Protocol;

/// <summary>The requests a worker understands.</summary>
internal static class WorkerRequestKinds
{
    /// <summary>Run one cell's code in the kernel and answer with <see cref="WorkerMessageKinds.CellCompleted"/>.</summary>
    public const string Execute = "execute";

    /// <summary>Exit now.</summary>
    public const string Exit = "exit";
}
