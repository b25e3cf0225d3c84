using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>A site with KaTeX, Pagefind and citeproc-js in node_modules, built where `node` is not on the PATH.</summary>
public sealed class NodeMissingTests
{
    private static readonly Dictionary<string, string> NoNode = new() { ["PATH"] = "/nonexistent" };

    [Fact]
    public async Task Math_without_node_is_MATH002_and_nothing_is_written()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");

        var (exitCode, output) = await BuildAsync(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("error MATH002: math cannot be typeset with node_modules/katex: Node.js was not found on the PATH", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Citations_without_node_are_CITE002_and_nothing_is_written()
    {
        using var site = await TestSite.CopyWithPackagesAsync("scholarly-site");

        var (exitCode, output) = await BuildAsync(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("error CITE002: citations cannot be formatted with citeproc-js: Node.js was not found on the PATH", output);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Search_without_node_is_SEARCH001_and_nothing_is_written()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        site.Write("input/index.md", "# 首页\n\n没有公式。\n\n[入门](guide/intro.md)、[表格](guide/details.md#tables)\n");

        var (exitCode, output) = await BuildAsync(site);

        Assert.Equal(1, exitCode);
        Assert.Contains("package.json: error SEARCH001: the search index cannot be built: Node.js was not found on the PATH", output);
        Assert.False(Directory.Exists(site.Output));
    }

    private static async Task<(int ExitCode, string Output)> BuildAsync(TestSite site)
    {
        using var build = SiteProcess.Start(["build", "--root", site.Root, "--output", site.Output], NoNode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var exitCode = await build.WaitForExitAsync(timeout.Token);
        return (exitCode, build.Output);
    }
}
