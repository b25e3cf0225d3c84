namespace DocSite.Notebooks.Protocol;

/// <summary>The messages a worker sends.</summary>
internal static class WorkerMessageKinds
{
    /// <summary>The kernel is built and the worker accepts cells.</summary>
    public const string Ready = "ready";

    /// <summary>A running cell wrote text (sent as it happens, for progress and for timeout reports).</summary>
    public const string Stream = "stream";

    /// <summary>A cell finished, successfully or not; carries all of its outputs.</summary>
    public const string CellCompleted = "cellCompleted";
}
