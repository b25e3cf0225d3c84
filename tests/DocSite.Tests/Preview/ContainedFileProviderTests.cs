using DocSite.Preview;

namespace DocSite.Tests.Preview;

public sealed class ContainedFileProviderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docsite-tests", Guid.NewGuid().ToString("N"));

    public ContainedFileProviderTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "output", "guide"));
        Directory.CreateDirectory(Path.Combine(_root, "output-secret"));
        File.WriteAllText(Path.Combine(_root, "output", "guide", "page.html"), "page");
        File.WriteAllText(Path.Combine(_root, "output-secret", "secret.txt"), "secret");
    }

    [Fact]
    public void Files_inside_are_found_and_nothing_outside_is()
    {
        using var files = new ContainedFileProvider(Path.Combine(_root, "output"));

        Assert.True(files.GetFileInfo("/guide/page.html").Exists);
        Assert.False(files.GetFileInfo("/../output-secret/secret.txt").Exists);
        Assert.False(files.GetFileInfo("/guide/../../output-secret/secret.txt").Exists);
        Assert.False(files.GetFileInfo(Path.Combine(_root, "output-secret", "secret.txt")).Exists);
    }

    [Fact]
    public void Links_are_followed_inside_only_and_a_loop_is_not_found()
    {
        var output = Path.Combine(_root, "output");
        File.CreateSymbolicLink(Path.Combine(output, "alias.html"), Path.Combine("guide", "page.html"));
        File.CreateSymbolicLink(Path.Combine(output, "leak.txt"), Path.Combine(_root, "output-secret", "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(output, "leaked"), Path.Combine("..", "output-secret"));
        // A link through a folder inside that comes back out again.
        Directory.CreateSymbolicLink(Path.Combine(output, "guide", "up"), "..");
        File.CreateSymbolicLink(Path.Combine(output, "loop-a"), "loop-b");
        File.CreateSymbolicLink(Path.Combine(output, "loop-b"), "loop-a");
        using var files = new ContainedFileProvider(output);

        Assert.True(files.GetFileInfo("/alias.html").Exists);
        Assert.True(files.GetFileInfo("/guide/up/guide/page.html").Exists);
        Assert.False(files.GetFileInfo("/leak.txt").Exists);
        Assert.False(files.GetFileInfo("/leaked/secret.txt").Exists);
        Assert.False(files.GetFileInfo("/guide/up/leaked/secret.txt").Exists);
        Assert.False(files.GetFileInfo("/loop-a").Exists);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
