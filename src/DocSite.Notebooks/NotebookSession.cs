using DocSite.Diagnostics;
using DocSite.Notebooks.Execution;

namespace DocSite.Notebooks;

/// <summary>
/// What the builds of one preview share. A pool of one worker, started ahead of time with its kernel ready, so
/// that a saved notebook's first cell runs at once instead of after a worker start (about a second); and each
/// cell as it starts, for the preview's pages. Disposing it kills the waiting worker; a worker also dies with
/// this process (it watches its parent), so none outlives the preview.
/// </summary>
public sealed class NotebookSession : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Key, IReadOnlyList<BuildDiagnostic> Errors)> _failures = new(StringComparer.Ordinal);
    private WorkerProcess? _waiting;
    private string? _directory;
    private IReadOnlyList<string> _libraryPaths = [];
    private int _started;
    private bool _disposed;

    /// <summary>How many workers the session started ahead of time.</summary>
    public int WorkersStarted => Volatile.Read(ref _started);

    /// <summary>Raised as each cell is sent to its worker.</summary>
    public event Action<CellActivity>? CellStarted;

    /// <summary>
    /// Starts a worker for the next notebook run, unless one is waiting already or no build has run a notebook yet
    /// (a site without notebooks never gets one). The preview calls it after each build, so the start does not
    /// compete with a build for the cores.
    /// </summary>
    /// <param name="log">Told which worker started.</param>
    public async Task RefillAsync(Action<string> log)
    {
        ArgumentNullException.ThrowIfNull(log);
        WorkerProcess? dead;
        lock (_lock)
        {
            if (_disposed || _directory is null || _waiting is { HasExited: false }) return;
            dead = _waiting;
            _waiting = WorkerProcess.Start(_directory, _libraryPaths, warmUp: true, _ => { });
            _started++;
            log($"notebooks: started a warm worker (pid {_waiting.ProcessId}) for the next notebook run");
        }

        // One that died waiting (killed by hand, out of memory): whatever it started goes with it.
        if (dead is not null) await dead.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        WorkerProcess? waiting;
        lock (_lock)
        {
            _disposed = true;
            waiting = _waiting;
            _waiting = null;
        }

        if (waiting is not null) await waiting.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>A build has notebooks: from now on a worker is worth keeping ready, in the folder of <paramref name="directory"/>.</summary>
    internal void Wanted(string directory)
    {
        lock (_lock) _directory ??= directory;
    }

    /// <summary>The waiting worker, if it is alive and has the native libraries the notebook needs (they are read at process start).</summary>
    internal async Task<WorkerProcess?> TakeAsync(string directory, IReadOnlyList<string> libraryPaths)
    {
        WorkerProcess? waiting;
        lock (_lock)
        {
            waiting = _waiting;
            _waiting = null;
            // The next one starts in this notebook's folder, with its libraries: it is likely to be saved again.
            _directory = directory;
            _libraryPaths = libraryPaths;
        }

        if (waiting is null) return null;
        if (!waiting.HasExited && waiting.LibraryPaths.SequenceEqual(libraryPaths, StringComparer.Ordinal)) return waiting;
        await waiting.DisposeAsync().ConfigureAwait(false);
        return null;
    }

    internal void OnCellStarted(CellActivity activity) => CellStarted?.Invoke(activity);

    /// <summary>
    /// The errors of the notebook's last run, if it failed with the code it has now (same cache key). Failures are
    /// not cached; without this, every rebuild (a prose edit too) would run a failed notebook again.
    /// </summary>
    internal IReadOnlyList<BuildDiagnostic>? FailureOf(string notebook, string key)
    {
        lock (_lock) return _failures.TryGetValue(notebook, out var failure) && failure.Key == key ? failure.Errors : null;
    }

    /// <summary>Records how the notebook's run with cache key <paramref name="key"/> ended (no errors: it succeeded).</summary>
    internal void Ran(string notebook, string key, IReadOnlyList<BuildDiagnostic> errors)
    {
        lock (_lock)
        {
            if (errors.Count == 0) _failures.Remove(notebook);
            else _failures[notebook] = (key, errors);
        }
    }
}
