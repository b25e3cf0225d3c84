using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>
/// Symbolic links among the sources: one that leads outside the site root is an error naming the link and its
/// target, and nothing it points to is published; links that stay inside the root keep working.
/// </summary>
public sealed class SourceLinkTests : IDisposable
{
    private const string Secret = "secret outside the site root";
    private readonly string _outside = Directory.CreateTempSubdirectory("docsite-outside").FullName;

    public SourceLinkTests()
    {
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_outside, "secret.md"), $"---\ntitle: secret\n---\n{Secret}\n");
        File.WriteAllText(Path.Combine(_outside, "secret.css"), $"/* {Secret} */");
        File.WriteAllText(Path.Combine(_outside, "secret.ipynb"), "{\"cells\": [], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}");
        Directory.CreateDirectory(Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(_outside, "folder", "inner.txt"), Secret);
    }

    /// <summary>Where a link is made, what it points to (under the outside folder), and the link, if any, it goes through.</summary>
    public static TheoryData<string, string, string?> OutsideLinks => new()
    {
        { "input/passwd.txt", "secret.txt", null },
        { "input/page.md", "secret.md", null },
        { "input/folder", "folder", null },
        { "input", "folder", null },
        { "input/guide/deeper/secret.txt", "secret.txt", null },
        // A link to a link in the root (not itself read) that leads outside: named with the final target.
        { "input/chain.txt", "secret.txt", "hops/hop.txt" },
        { "notebooks/secret.ipynb", "secret.ipynb", null },
        { "theme/assets/secret.css", "secret.css", null },
        { "theme/layouts", "folder", null },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public async Task A_link_that_leads_outside_the_root_is_an_error_and_publishes_nothing(string link, string target, string? through)
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);

        var outsideTarget = Path.Combine(_outside, target);
        var linkTarget = outsideTarget;
        if (through is not null)
        {
            Link(site.PathOf(through), outsideTarget);
            linkTarget = Path.GetRelativePath(Path.GetDirectoryName(site.PathOf(link))!, site.PathOf(through));
        }
        if (Directory.Exists(site.PathOf(link))) Directory.Delete(site.PathOf(link), recursive: true);
        Link(site.PathOf(link), linkTarget);
        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal([$"{link}: error SRC001: the symbolic link points outside the site root, to {outsideTarget}"], ErrorLines(run));
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task Links_that_stay_inside_the_root_keep_working()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("shared"));
        site.Write("shared/data.txt", "shared data");
        site.Write("shared/notes.md", "---\ntitle: 共享\n---\n共享的页面\n");
        Link(site.PathOf("input/shared"), "../shared");
        Link(site.PathOf("input/alias.svg"), "guide/images/diagram.svg");
        Link(site.PathOf("input/guide/linked-page.md"), "details.md");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal("shared data", site.ReadOutput("shared/data.txt"));
        Assert.Contains("共享的页面", site.ReadOutput("shared/notes.html"));
        Assert.Equal(File.ReadAllBytes(site.PathOf("input/guide/images/diagram.svg")), File.ReadAllBytes(Path.Combine(site.Output, "alias.svg")));
        Assert.Contains("<title>细节 · 测试站点</title>", site.ReadOutput("guide/linked-page.html"));
    }

    [Fact]
    public async Task A_notebook_input_pattern_that_reaches_outside_the_root_is_an_error()
    {
        using var site = TestSite.CopyOf("notebook-site");
        var notebook = site.PathOf("notebooks/hello.ipynb");
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(notebook))!;
        json["metadata"]!["docsite"] = new System.Text.Json.Nodes.JsonObject { ["inputs"] = new System.Text.Json.Nodes.JsonArray("../data/*.txt") };
        File.WriteAllText(notebook, json.ToJsonString());
        Directory.CreateDirectory(site.PathOf("data"));
        site.Write("data/inside.txt", "inside");
        Link(site.PathOf("data/secret.txt"), Path.Combine(_outside, "secret.txt"));

        var run = await site.BuildAsync("--no-execute");

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal([$"notebooks/hello.ipynb: error SRC001: the declared input \"../data/*.txt\" reaches data/secret.txt: the symbolic link points outside the site root, to {Path.Combine(_outside, "secret.txt")}"],
            ErrorLines(run));
    }

    [Fact]
    public async Task A_link_to_nothing_is_an_error_naming_its_target()
    {
        using var site = TestSite.CopyOf("basic-site");
        Link(site.PathOf("input/gone.txt"), "missing/gone.txt");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal(["input/gone.txt: error SRC003: the symbolic link points to input/missing/gone.txt, which does not exist"], ErrorLines(run));
    }

    public void Dispose() => Directory.Delete(_outside, recursive: true);

    internal static void Link(string path, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var resolved = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        if (Directory.Exists(resolved)) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
    }

    internal static List<string> ErrorLines(CliRun run) =>
        run.Errors.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.TrimEnd('\r')).ToList();
}
