using DocSite.Notebooks.Caching;

namespace DocSite.Notebooks.Tests;

/// <summary>Cached outputs are keyed by what the worker loads: a kernel or package upgrade in its folder runs notebooks again.</summary>
public sealed class EngineFingerprintTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docsite-worker").FullName;

    [Theory]
    [InlineData("Microsoft.DotNet.Interactive.CSharp.dll")]
    [InlineData("DocSite.NotebookWorker.deps.json")]
    [InlineData("DocSite.NotebookWorker.runtimeconfig.json")]
    public void Changes_when_a_file_the_worker_loads_changes(string file)
    {
        var worker = Worker();
        var before = EngineFingerprint.Of(worker);

        File.WriteAllText(Path.Combine(_folder, file), "upgraded");

        Assert.NotEqual(before, EngineFingerprint.Of(worker));
    }

    [Fact]
    public void Ignores_files_the_worker_does_not_load()
    {
        var worker = Worker();
        var before = EngineFingerprint.Of(worker);

        File.WriteAllText(Path.Combine(_folder, "DocSite.NotebookWorker.pdb"), "rebuilt elsewhere");
        File.WriteAllText(Path.Combine(_folder, "DocSite.NotebookWorker.xml"), "reworded docs");

        Assert.Equal(before, EngineFingerprint.Of(worker));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Worker()
    {
        foreach (var file in new[]
        {
            "DocSite.NotebookWorker.dll", "DocSite.NotebookWorker.deps.json", "DocSite.NotebookWorker.runtimeconfig.json",
            "Microsoft.DotNet.Interactive.CSharp.dll", "DocSite.NotebookWorker.pdb", "DocSite.NotebookWorker.xml",
        })
        {
            File.WriteAllText(Path.Combine(_folder, file), file);
        }

        return Path.Combine(_folder, "DocSite.NotebookWorker.dll");
    }
}
