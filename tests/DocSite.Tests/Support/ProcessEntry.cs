namespace DocSite.Tests.Support;

/// <summary>One process as Linux's /proc shows it.</summary>
/// <param name="StartTime">Clock ticks after boot: with <paramref name="Id"/>, names the process even if its id is reused.</param>
public sealed record ProcessEntry(int Id, int ParentId, int GroupId, char State, long StartTime, string Command)
{
    /// <summary>A zombie has exited; it only waits for a parent (PID 1 here may never reap it).</summary>
    public bool IsAlive => State is not ('Z' or 'X');

    public override string ToString() => $"{Id} (group {GroupId}, parent {ParentId}, state {State}): {Command}";
}
