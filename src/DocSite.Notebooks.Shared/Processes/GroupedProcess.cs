using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace DocSite.Notebooks.Processes;

/// <summary>
/// A process the build starts, in a process group of its own, which cannot outlive the build. Killing or
/// disposing it kills the whole group: the process and whatever it left behind (children re-parented after it
/// exited are no longer in its process tree, but still in its group). Two ways in:
/// <list type="bullet">
/// <item><see cref="StartGuarded"/>, for programs that know nothing of this (npm, dotnet restore): see <see cref="GuardedStart"/>.</item>
/// <item><see cref="StartLeader"/>, for a program that makes its own group first thing and watches the process
/// named by <see cref="ProcessGroup.ParentVariable"/> itself (the notebook worker).</item>
/// </list>
/// Where there are no process groups (Windows, or no util-linux for a guarded start), it is a plain process
/// whose tree is killed.
/// </summary>
public sealed class GroupedProcess : IAsyncDisposable
{
    private readonly TaskCompletionSource? _release;
    private int _disposed;

    private GroupedProcess(Process process, TaskCompletionSource? release)
    {
        Process = process;
        _release = release;
    }

    public Process Process { get; }

    /// <summary>Starts a program that leads its own group and watches its parent (it is told which, in <see cref="ProcessGroup.ParentVariable"/>).</summary>
    /// <exception cref="Win32Exception">The program could not be started.</exception>
    public static GroupedProcess StartLeader(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        start.Environment[ProcessGroup.ParentVariable] = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        return new GroupedProcess(Start(start), release: null);
    }

    /// <summary>Starts any program in a group of its own that dies with the build (see <see cref="GuardedStart"/>). Give arguments as <see cref="ProcessStartInfo.ArgumentList"/>.</summary>
    /// <exception cref="Win32Exception">The program is not on the PATH or could not be started.</exception>
    public static GroupedProcess StartGuarded(ProcessStartInfo start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (!GuardedStart.IsAvailable)
        {
            return new GroupedProcess(Start(start), release: null);
        }

        var program = ProgramPath.Find(start.FileName, start.Environment.TryGetValue("PATH", out var path) ? path : null)
            ?? throw new Win32Exception(2, $"{start.FileName} was not found on the PATH");
        return StartOnKeeperThread(GuardedStart.Wrap(start, program));
    }

    /// <summary>Kills the group (and, where it never formed, the process tree), then waits, without holding a thread, for the process to end.</summary>
    public async Task KillAsync()
    {
        ProcessGroup.Kill(Process.Id);
        try
        {
            if (!Process.HasExited)
            {
                Process.Kill(entireProcessTree: true);
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await Process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // SIGKILL cannot be refused: a process still there is stuck in the kernel, and waiting longer would not help.
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        catch (Win32Exception)
        {
            // Exiting while we killed it.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await KillAsync().ConfigureAwait(false);
        _release?.TrySetResult();
        Process.Dispose();
    }

    private static Process Start(ProcessStartInfo start) =>
        Process.Start(start) ?? throw new InvalidOperationException($"{start.FileName} did not start");

    /// <summary>
    /// The kernel sends the parent-death signal when the thread that started the process ends, not the build:
    /// thread-pool threads retire while the build goes on. So the process is started from a thread of its own,
    /// which lives until the process is disposed (and so killed).
    /// </summary>
    private static GroupedProcess StartOnKeeperThread(ProcessStartInfo start)
    {
        var started = new TaskCompletionSource<Process>(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var keeper = new Thread(() =>
        {
            try
            {
                started.SetResult(Start(start));
            }
            catch (Exception e)
            {
                started.SetException(e);
                return;
            }

            release.Task.Wait();
        })
        {
            IsBackground = true,
            Name = "process keeper",
        };
        keeper.Start();
        return new GroupedProcess(started.Task.GetAwaiter().GetResult(), release);
    }
}
