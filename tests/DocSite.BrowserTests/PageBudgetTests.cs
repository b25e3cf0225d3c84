using System.IO.Compression;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace DocSite.BrowserTests;

/// <summary>
/// What a reader's browser downloads for a page of the repository's site: every file the page loads, fonts
/// aside, gzip-compressed as static hosts (GitHub Pages) send them.
/// </summary>
[Collection(RepositorySiteCollection.Name)]
public sealed class PageBudgetTests(BrowserFixture browser, RepositorySite site, ITestOutputHelper output) : IClassFixture<BrowserFixture>
{
    private const int PageWithoutChartsBudget = 60 * 1024;

    [Fact]
    public async Task A_page_without_charts_transfers_at_most_60_KB_besides_fonts()
    {
        var sizes = new List<(string Path, long Bytes)>();
        foreach (var path in site.Pages)
        {
            if (File.ReadAllText(Path.Combine(site.Output, path)).Contains("docsite-plotly", StringComparison.Ordinal)) continue;
            // A fresh context: nothing cached, every file the page needs is fetched.
            await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
            var page = await context.NewPageAsync();
            var responses = new List<IResponse>();
            page.Response += (_, response) => { lock (responses) responses.Add(response); };
            await page.GotoAsync(site.Server.SiteUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            IResponse[] loaded;
            lock (responses) loaded = [.. responses];   // a late request (the favicon) may still be arriving
            long bytes = 0;
            foreach (var response in loaded.Where(r => r.Request.ResourceType != "font"))
                bytes += Gzipped(await response.BodyAsync());
            sizes.Add((path, bytes));
        }

        var largest = sizes.MaxBy(s => s.Bytes);
        output.WriteLine($"{sizes.Count} pages without charts; the largest transfer: {largest.Path}, {largest.Bytes / 1024.0:0.0} KB");
        Assert.True(sizes.Count > 20, $"only {sizes.Count} pages without charts");
        var over = sizes.Where(s => s.Bytes > PageWithoutChartsBudget).Select(s => $"{s.Path}: {s.Bytes / 1024.0:0.0} KB").ToList();
        Assert.True(over.Count == 0, "over budget: " + string.Join(", ", over));
    }

    private static long Gzipped(byte[] body)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(body);
        return compressed.Length;
    }
}
