namespace DocSite.Notebooks.Tests;

/// <summary>A notebook with nothing to run (only Markdown, or every code cell tagged skip-execution) starts no worker.</summary>
public sealed class NoCodeNotebookTests : IDisposable
{
    private static readonly string[] Notebooks = ["notebooks/markdown-only.ipynb", "notebooks/all-skipped.ipynb"];
    private readonly FixtureRoot _root = new();

    [Fact]
    public async Task A_notebook_without_code_to_run_starts_no_worker_and_is_cached()
    {
        var engine = _root.Engine();
        var runs = await engine.RunAsync(Notebooks, CancellationToken.None);

        Assert.All(runs, r => Assert.True(r.Succeeded, r.Errors()));
        Assert.Equal(0, engine.WorkersStarted);
        Assert.Equal("只有文字", runs[0].Notebook!.Title);
        Assert.Null(Assert.Single(runs[1].Notebook!.Cells, c => c.Kind == CellKind.Code).ExecutionCount);

        // Both have the same (empty) list of cells to run, so the same cache key: the first run may already find it.
        var again = await _root.Engine().RunAsync(Notebooks, CancellationToken.None);
        Assert.All(again, r => Assert.True(r.FromCache));
    }

    public void Dispose() => _root.Dispose();
}
