using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Execution;

/// <summary>How waiting for the worker's next answer ended.</summary>
/// <param name="Message">The answer, when one came.</param>
/// <param name="TimedOut">No answer within the time allowed (the cell's, or the notebook's when <paramref name="NotebookTimedOut"/>).</param>
/// <param name="ExitCode">The worker exited (crashed) instead of answering.</param>
/// <param name="NotebookTimedOut">The whole notebook ran out of time.</param>
internal sealed record WorkerOutcome(WorkerMessage? Message, bool TimedOut, int? ExitCode, bool NotebookTimedOut = false)
{
    public static readonly WorkerOutcome Timeout = new(null, true, null);

    public static readonly WorkerOutcome NotebookTimeout = new(null, true, null, NotebookTimedOut: true);

    public static WorkerOutcome Answered(WorkerMessage message) => new(message, false, null);

    public static WorkerOutcome Exited(int? exitCode) => new(null, false, exitCode);
}
