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

    public void Dispose() => _root.Dispose();
}
