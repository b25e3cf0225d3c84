using System.Text.RegularExpressions;
using DocSite.Charts;
using DocSite.Tests.Support;

namespace DocSite.Tests.Charts;

public sealed partial class PlotlyBundlesTests
{
    [Theory]
    [InlineData("scatter", "plotly.js-basic-dist-min")]
    [InlineData("bar pie scatter", "plotly.js-basic-dist-min")]
    [InlineData("scatter heatmap", "plotly.js-cartesian-dist-min")]
    [InlineData("bar box violin", "plotly.js-cartesian-dist-min")]
    [InlineData("scattergeo", "plotly.js-geo-dist-min")]
    [InlineData("surface scatter3d", "plotly.js-gl3d-dist-min")]
    public async Task A_page_gets_the_smallest_bundle_that_draws_all_its_trace_types(string types, string package)
    {
        var root = Path.GetDirectoryName(await RepositoryPackages.NodeModulesAsync())!;

        Assert.Equal(package, PlotlyBundles.For(Types(types), root)?.Package);
    }

    [Theory]
    [InlineData("heatmap scattergeo")]
    [InlineData("sankey")]
    [InlineData("scattermapbox")]
    public async Task Trace_types_no_partial_bundle_draws_get_the_full_bundle(string types)
    {
        var root = Path.GetDirectoryName(await RepositoryPackages.NodeModulesAsync())!;

        Assert.Null(PlotlyBundles.For(Types(types), root));
    }

    [Fact]
    public void A_site_without_the_npm_bundles_gets_the_full_bundle() =>
        Assert.Null(PlotlyBundles.For(Types("scatter"), Path.Combine(Path.GetTempPath(), "docsite-no-such-site")));

    [Fact]
    public async Task Each_bundle_lists_the_trace_types_its_package_says_it_has_at_the_version_package_json_pins()
    {
        var nodeModules = await RepositoryPackages.NodeModulesAsync();
        var packageJson = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "package.json"));
        foreach (var bundle in PlotlyBundles.Partial)
        {
            Assert.Contains($"\"{bundle.Package}\": \"{bundle.Version}\"", packageJson, StringComparison.Ordinal);
            var readme = File.ReadAllText(Path.Combine(nodeModules, bundle.Package, "README.md"));
            var listed = TraceModules().Match(readme).Groups["list"].Value;
            var types = Regex.Matches(listed, "`([a-z0-9]+)`").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal);
            Assert.Equal(types, bundle.TraceTypes.Order(StringComparer.Ordinal));
            Assert.True(File.Exists(bundle.PathUnder(RepositoryRoot.Path)), bundle.PathUnder(RepositoryRoot.Path));
        }
        var sizes = PlotlyBundles.Partial.Select(b => new FileInfo(b.PathUnder(RepositoryRoot.Path)).Length).ToList();
        Assert.Equal(sizes.Order(), sizes);
    }

    private static HashSet<string> Types(string types) => types.Split(' ').ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex("Contains trace modules (?<list>[^.]+)\\.")]
    private static partial Regex TraceModules();
}
