using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>
/// Symbolic links that make loops are reported once each and never walked. Each build here has its own time
/// bound: before the fix, two such links made the build run for ever with ever more memory.
/// </summary>
public sealed class SourceLoopTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    public static TheoryData<string[], string[]> Loops => new()
    {
        {
            ["input/loop=."],
            ["input/loop: error SRC002: the symbolic link makes a loop: it points to input, a folder that contains it"]
        },
        {
            ["input/loop=.", "input/up=../input"],
            [
                "input/loop: error SRC002: the symbolic link makes a loop: it points to input, a folder that contains it",
                "input/up: error SRC002: the symbolic link makes a loop: it points to input, a folder that contains it",
            ]
        },
        {
            ["input/guide/back=../.."],
            ["input/guide/back: error SRC002: the symbolic link makes a loop: it points to the site root, a folder that contains it"]
        },
        {
            // Two links that point at each other: no folder at all, a loop of links.
            ["input/a.txt=b.txt", "input/b.txt=a.txt"],
            [
                "input/a.txt: error SRC002: the symbolic link cannot be resolved: it leads back to itself through other links",
                "input/b.txt: error SRC002: the symbolic link cannot be resolved: it leads back to itself through other links",
            ]
        },
        {
            // A second way into a folder that is read already: the folder is read once.
            ["input/again=guide"],
            ["input/again: error SRC002: the symbolic link points to input/guide, a folder that is read already; a folder is read once (link its files instead)"]
        },
    };

    [Theory]
    [MemberData(nameof(Loops))]
    public async Task A_loop_is_reported_once_and_not_walked(string[] links, string[] expected)
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);
        foreach (var link in links)
        {
            var (path, target) = (link.Split('=')[0], link.Split('=')[1]);
            if (target.EndsWith(".txt", StringComparison.Ordinal)) File.CreateSymbolicLink(site.PathOf(path), target);
            else Directory.CreateSymbolicLink(site.PathOf(path), target);
        }

        // Task.Run: the unfixed build walked the loop synchronously, before its first await.
        var run = await Task.Run(() => site.BuildAsync()).WaitAsync(Bound);

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal(expected, SourceLinkTests.ErrorLines(run));
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }
}
