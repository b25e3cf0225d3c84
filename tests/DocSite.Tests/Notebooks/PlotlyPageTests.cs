using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

public sealed class PlotlyPageTests
{
    [Fact]
    public async Task Plotly_js_is_written_once_and_loaded_only_by_pages_with_a_chart()
    {
        using var site = TestSite.CopyOf("plotly-site");

        var run = await site.BuildAsync();

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
}
