using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Tests;

public sealed class RunOneTests : IDisposable
{
    private readonly FixtureRoot _root = new();

    [Fact]
    public async Task Writes_the_executed_notebook_next_to_the_source_without_touching_it()
    {
        var source = _root.PathOf("raises-exception.ipynb");
        var before = File.ReadAllBytes(source);
        var logs = new List<string>();
        var engine = _root.Engine(logs.Add);

        var exitCode = await engine.RunOneAsync("notebooks/raises-exception.ipynb", null, CancellationToken.None);

        Assert.Equal(0, exitCode);
        Assert.Equal(before, File.ReadAllBytes(source));
        var written = JsonNode.Parse(File.ReadAllText(_root.PathOf("raises-exception.executed.ipynb")))!;
        Assert.Equal("error", written["cells"]![0]!["outputs"]![0]!["output_type"]!.GetValue<string>());
        Assert.Equal("继续运行\n", written["cells"]![1]!["outputs"]![0]!["text"]![0]!.GetValue<string>());
        // For a person opening it, each cell says when it ran (Jupyter's metadata.execution); the site's download does not.
        Assert.NotNull(written["cells"]![1]!["metadata"]!["execution"]!["iopub.execute_input"]);
    }

    [Fact]
    public async Task Refuses_to_overwrite_the_source()
    {
        var logs = new List<string>();
        var engine = _root.Engine(logs.Add);
        var exitCode = await engine.RunOneAsync("notebooks/success.ipynb", _root.PathOf("success.ipynb"), CancellationToken.None);
        Assert.Equal(2, exitCode);
        Assert.Equal(0, engine.WorkersStarted);
        Assert.Contains(logs, l => l.Contains("never overwritten", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_first_cell_larger_than_a_pipe_buffer_runs()
    {
        // The first cell is sent while the worker starts, before it reads its input: more than the pipe holds
        // (64 KiB on Linux) must neither block the engine nor be cut.
        var literal = new string('数', 100_000);
        File.WriteAllText(_root.PathOf("big-first-cell.dib"), $"#!csharp\n\nvar big = \"{literal}\";\nConsole.WriteLine(big.Length);\n\n#!csharp\n\nbig.Length * 2\n");
        var logs = new List<string>();

        var exitCode = await _root.Engine(logs.Add).RunOneAsync("notebooks/big-first-cell.dib", _root.PathOf("big.ipynb"), CancellationToken.None);

        Assert.True(exitCode == 0, string.Join("\n", logs));
        var cells = JsonNode.Parse(File.ReadAllText(_root.PathOf("big.ipynb")))!["cells"]!.AsArray();
        Assert.Equal("100000\n", cells[0]!["outputs"]![0]!["text"]![0]!.GetValue<string>());
        Assert.Equal("200000", cells[1]!["outputs"]![0]!["data"]!["text/plain"]!.GetValue<string>());
    }

    public void Dispose() => _root.Dispose();
}
