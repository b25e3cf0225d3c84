using System.Text;
using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Tests;

public sealed class CacheTests : IDisposable
{
    private const string Notebook = "notebooks/success.ipynb";
    private readonly FixtureRoot _root = new();

    [Fact]
    public async Task Unchanged_notebook_starts_no_worker_and_an_edit_runs_it_again()
    {
        var first = await RunAsync();
        Assert.Equal((1, false), (first.Workers, first.Run.FromCache));
        Assert.True(first.Run.Succeeded, first.Run.Errors());

        var second = await RunAsync();
        Assert.Equal((0, true), (second.Workers, second.Run.FromCache));
        Assert.Equal(first.Run.Notebook!.Cells.SelectMany(c => c.Outputs), second.Run.Notebook!.Cells.SelectMany(c => c.Outputs), OutputComparer.Instance);
        Assert.Equal(first.Run.Notebook.Ipynb.ToArray(), second.Run.Notebook.Ipynb.ToArray());

        // The cache entry is the executed notebook with each cell's run times; the download leaves them out.
        var entry = File.ReadAllText(Directory.GetFiles(_root.CacheDirectory, "*.json", SearchOption.AllDirectories).Single());
        var cached = JsonNode.Parse(entry[(entry.IndexOf('\n', StringComparison.Ordinal) + 1)..])!["cells"]!.AsArray();
        Assert.All(cached.Where(c => c!["execution_count"] is not null),
            c => Assert.EndsWith("Z", c!["metadata"]!["execution"]!["shell.execute_reply"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.DoesNotContain("iopub.execute_input", Encoding.UTF8.GetString(second.Run.Notebook.Ipynb.Span), StringComparison.Ordinal);

        // Prose does not run: editing it keeps the cached outputs but shows the new text.
        Edit("一个简单的例子。", "一个简单的例子！");
        var prose = await RunAsync();
        Assert.Equal((0, true), (prose.Workers, prose.Run.FromCache));
        Assert.Contains("一个简单的例子！", prose.Run.Notebook!.Cells[0].Source, StringComparison.Ordinal);

        // One character of code changes the key.
        Edit("21 * 2", "21 * 3");
        var edited = await RunAsync();
        Assert.Equal((1, false), (edited.Workers, edited.Run.FromCache));
        Assert.Equal("答案是 63\n", edited.Run.Cell(2).Stdout());
    }

    [Fact]
    public async Task Corrupt_or_truncated_entry_is_executed_again_never_a_crash()
    {
        var logs = new List<string>();
        Assert.Equal(1, (await RunAsync()).Workers);
        var entry = Directory.GetFiles(_root.CacheDirectory, "*.json", SearchOption.AllDirectories).Single();

        var bytes = File.ReadAllBytes(entry);
        File.WriteAllBytes(entry, bytes[..(bytes.Length / 2)]);
        var truncated = await RunAsync(logs.Add);
        Assert.Equal((1, false), (truncated.Workers, truncated.Run.FromCache));
        Assert.True(truncated.Run.Succeeded, truncated.Run.Errors());
        Assert.Contains(logs, l => l.Contains("unusable", StringComparison.Ordinal));

        File.WriteAllText(entry, "not a cache entry at all");
        Assert.Equal(1, (await RunAsync()).Workers);

        // After re-execution the entry is whole again.
        Assert.Equal((0, true), ((await RunAsync()).Workers, (await RunAsync()).Run.FromCache));
    }

    [Fact]
    public async Task No_execute_uses_the_cache_and_fails_clearly_without_it()
    {
        var engine = _root.Engine(noExecute: true);
        var run = Assert.Single(await engine.RunAsync([Notebook], CancellationToken.None));
        var error = Assert.Single(run.Errors);
        Assert.Equal("notebooks/success.ipynb: error NB006: execution is off (--no-execute) and the cache has no outputs for this version of the notebook; build once without --no-execute", error.ToString());
        Assert.Equal(0, engine.WorkersStarted);
        Assert.NotNull(run.Notebook);

        await RunAsync();
        var cached = _root.Engine(noExecute: true);
        Assert.True(Assert.Single(await cached.RunAsync([Notebook], CancellationToken.None)).FromCache);
        Assert.Equal(0, cached.WorkersStarted);
    }

    [Fact]
    public async Task Declared_input_file_is_part_of_the_key()
    {
        var engine = _root.Engine();
        Assert.Equal(1, await WorkersFor(engine));
        Assert.Equal(0, await WorkersFor(_root.Engine()));
        File.AppendAllText(Path.Combine(_root.Directory, "notebooks", "_shared", "Greeting.csx"), "// changed\n");
        Assert.Equal(1, await WorkersFor(_root.Engine()));

        static async Task<int> WorkersFor(NotebookEngine engine)
        {
            var run = Assert.Single(await engine.RunAsync(["notebooks/import.ipynb"], CancellationToken.None));
            Assert.True(run.Succeeded, run.Errors());
            return engine.WorkersStarted;
        }
    }

    public void Dispose() => _root.Dispose();

    private void Edit(string from, string to)
    {
        var path = _root.PathOf("success.ipynb");
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private async Task<(NotebookRun Run, int Workers)> RunAsync(Action<string>? log = null)
    {
        var engine = _root.Engine(log);
        var run = Assert.Single(await engine.RunAsync([Notebook], CancellationToken.None));
        return (run, engine.WorkersStarted);
    }
}
