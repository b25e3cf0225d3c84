using System.Globalization;
using DocSite.Notebooks.Processes;

namespace DocSite.NotebookWorker;

/// <summary>
/// Ends this worker, and everything its cells started, when the engine that started it is gone: the engine
/// enforces the timeouts, so without it a cell in an endless loop would spin forever. Started first thing, it
/// makes this process the leader of a new process group and, on a thread of its own (a cell may never give
/// its thread back), polls the parent's process id, which changes when the parent dies and the orphan is
/// adopted. PR_SET_PDEATHSIG would not do: it fires when the engine's thread that started the worker ends,
/// and the engine's thread-pool threads retire while it runs.
/// </summary>
internal static class ParentWatchdog
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(200);

    public static void Start()
    {
        // Without a group (Windows) the engine kills the worker's process tree instead.
        ProcessGroup.LeadOwnGroup();
        if (!int.TryParse(Environment.GetEnvironmentVariable(ProcessGroup.ParentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var parent)
            || !ProcessGroup.IsSupported)
        {
            return;
        }

        new Thread(() => Watch(parent)) { IsBackground = true, Name = "parent watchdog" }.Start();
    }

    private static void Watch(int parent)
    {
        while (ProcessGroup.ParentProcessId == parent)
        {
            Thread.Sleep(Interval);
        }

        ProcessGroup.KillOwn();
    }
}
