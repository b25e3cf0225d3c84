using DocSite.Preview;
using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

/// <summary>The copy `run` writes beside a notebook (x.executed.ipynb) is the contributor's, never a source of the site.</summary>
public sealed class ExecutedCopyTests
{
    [Fact]
    public async Task An_executed_copy_beside_a_notebook_is_neither_run_nor_published()
    {
        using var site = TestSite.CopyOf("notebook-site");
        File.Copy(site.PathOf("notebooks/hello.ipynb"), site.PathOf("notebooks/hello.executed.ipynb"));

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(1, run.WorkersStarted);
        Assert.False(File.Exists(Path.Combine(site.Output, "notebooks/hello.executed.html")));
        Assert.DoesNotContain("hello.executed", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")));
    }

    [Fact]
    public async Task Writing_an_executed_copy_does_not_make_the_preview_rebuild()
    {
        using var site = TestSite.CopyOf("notebook-site");
        var changes = 0;
        using var watcher = new SourceWatcher(site.Root, TimeSpan.FromMilliseconds(50), () => Interlocked.Increment(ref changes));

        File.Copy(site.PathOf("notebooks/hello.ipynb"), site.PathOf("notebooks/hello.executed.ipynb"));
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(0, Volatile.Read(ref changes));

        // The watcher does see the notebook itself change.
        File.AppendAllText(site.PathOf("notebooks/hello.ipynb"), "\n");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (Volatile.Read(ref changes) == 0 && DateTime.UtcNow < deadline) await Task.Delay(50);
        Assert.True(Volatile.Read(ref changes) > 0, "the watcher missed a change to the notebook");
    }
}
