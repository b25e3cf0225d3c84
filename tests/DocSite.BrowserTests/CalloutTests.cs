using DocSite.Tests.Support;
using Microsoft.Playwright;

namespace DocSite.BrowserTests;

public sealed class CalloutTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Callouts_are_labelled_notes_coloured_by_kind_in_the_light_and_the_dark_theme()
    {
        await using var pages = await SitePages.StartAsync(await TestSite.CopyWithPackagesAsync("scholarly-site"));
        var page = await pages.OpenAsync(browser.Browser, "index.html");

        // Screen readers find each callout as a note named by its localized title.
        Assert.Equal(1, await page.GetByRole(AriaRole.Note, new() { Name = "警告" }).CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Note, new() { Name = "提示" }).CountAsync());

        var light = await ColoursAsync(page, "light");
        var dark = await ColoursAsync(page, "dark");
        Assert.Equal("rgb(154, 103, 0)", light.Warning);   // GitHub's light palette
        Assert.Equal("rgb(210, 153, 34)", dark.Warning);   // and its dark one
        Assert.NotEqual(light.Warning, light.Tip);
        Assert.NotEqual(light.Background, dark.Background);
        Assert.Empty(pages.ExternalRequests);
    }

    private static async Task<(string Warning, string Tip, string Background)> ColoursAsync(IPage page, string theme)
    {
        await page.EvaluateAsync("theme => { document.documentElement.dataset.theme = theme; }", theme);
        await page.Locator(".callout-warning").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"docsite-callouts-{theme}.png"), FullPage = true });
        return (
            await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.callout-warning')).borderLeftColor"),
            await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.callout-tip')).borderLeftColor"),
            await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.callout-warning')).backgroundColor"));
    }
}
