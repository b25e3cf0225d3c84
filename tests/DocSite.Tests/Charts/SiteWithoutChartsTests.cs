using DocSite.Tests.Support;

namespace DocSite.Tests.Charts;

public sealed class SiteWithoutChartsTests
{
    [Fact]
    public async Task A_site_without_charts_ships_no_chart_scripts_or_styles()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var assets = Directory.GetFiles(Path.Combine(site.Output, "assets"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        Assert.DoesNotContain(assets, a => a!.StartsWith("plotly", StringComparison.Ordinal) || a.StartsWith("charts.", StringComparison.Ordinal));
        Assert.Contains(assets, a => a!.StartsWith("site.", StringComparison.Ordinal));
    }
}
