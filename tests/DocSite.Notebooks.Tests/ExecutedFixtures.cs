using System.Collections.Concurrent;
using System.Diagnostics;

namespace DocSite.Notebooks.Tests;

/// <summary>
/// Runs every behaviour fixture once, in one engine call (two at a time, as a build would), and keeps the
/// results for the tests to inspect; this keeps the suite to one worker per fixture.
/// </summary>
public sealed class ExecutedFixtures : IAsyncLifetime
{
    public static readonly string[] Notebooks =
    [
        "success.ipynb", "compile-error.ipynb", "exception.ipynb", "raises-exception.ipynb", "infinite-loop.ipynb", "notebook-timeout.ipynb",
        "crash-failfast.ipynb", "crash-stackoverflow.ipynb", "nuget-pinned.ipynb", "plotly.ipynb", "torchsharp.ipynb",
        "parameters.ipynb", "import.ipynb", "notebook.dib", "published.ipynb",
    ];

    private readonly Dictionary<string, NotebookRun> _runs = new(StringComparer.Ordinal);

    public FixtureRoot Root { get; } = new();

    public ConcurrentDictionary<string, int> WorkerIds { get; } = new(StringComparer.Ordinal);

    /// <summary>When each cell was sent to its worker, per notebook and cell number.</summary>
    public ConcurrentDictionary<(string Notebook, int Cell), TimeSpan> CellStarts { get; } = new();

    public ConcurrentQueue<(TimeSpan At, string Line)> Log { get; } = new();

    public Stopwatch Clock { get; } = new();

    public int WorkersStarted { get; private set; }

    public NotebookRun this[string notebook] => _runs["notebooks/" + notebook];

    public async Task InitializeAsync()
    {
        var engine = Root.Engine(line => Log.Enqueue((Clock.Elapsed, line)), new Dictionary<string, string> { ["epochs"] = "2", ["label"] = "测试" });
        engine.WorkerStarted += (notebook, pid) => WorkerIds[notebook] = pid;
        engine.CellStarting += (notebook, cell) => CellStarts[(notebook, cell)] = Clock.Elapsed;
        Clock.Start();
        var runs = await engine.RunAsync(Notebooks.Select(n => "notebooks/" + n).ToArray(), CancellationToken.None);
        Clock.Stop();
        WorkersStarted = engine.WorkersStarted;
        foreach (var run in runs)
        {
            _runs[run.SourcePath] = run;
        }
    }

    public Task DisposeAsync()
    {
        Root.Dispose();
        return Task.CompletedTask;
    }
}
