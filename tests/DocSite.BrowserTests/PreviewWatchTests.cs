using DocSite.Tests.Support;
using Microsoft.Playwright;

namespace DocSite.BrowserTests;

/// <summary>The preview's watch loop as a reader sees it: a saved notebook's page shows the running cell, then its new outputs.</summary>
public sealed class PreviewWatchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_saved_notebook_page_shows_the_running_cell_then_reloads_with_the_new_outputs()
    {
        await using var pages = await SitePages.StartAsync(TestSite.CopyOf("watch-site"));
        var page = await pages.OpenAsync(browser.Browser, "notebooks/sub/b.html");
        Assert.Contains("41", await page.Locator("article").InnerTextAsync());

        // The new cell runs for a second, long enough to be seen running.
        var notebook = pages.Site.PathOf("notebooks/sub/b.ipynb");
        File.WriteAllText(notebook, File.ReadAllText(notebook).Replace(
            "publish(\\\"value\\\", 41);", "System.Threading.Thread.Sleep(1000); publish(\\\"value\\\", 42);", StringComparison.Ordinal));

        var status = page.Locator("#docsite-cell");
        await status.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.StartsWith("notebooks/sub/b.ipynb: running cell ", await status.InnerTextAsync());
        await page.Locator("article").GetByText("42").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        Assert.Equal(0, await status.CountAsync());
        Assert.Empty(pages.ExternalRequests);
    }
}
