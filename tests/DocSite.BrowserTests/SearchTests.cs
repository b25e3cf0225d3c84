using Microsoft.Playwright;
using DocSite.Tests.Support;

namespace DocSite.BrowserTests;

public sealed class SearchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    // CI runs these beside notebook builds on two cores: a page and Pagefind's first load can take seconds there.
    private const float LoadedMachine = 30_000;

    [Fact]
    public async Task The_slash_key_opens_search_and_a_Chinese_query_finds_its_page_first_with_the_term_highlighted()
    {
        var site = await TestSite.CopyWithPackagesAsync("basic-site");
        site.Write("input/guide/cnn.md", "---\ntitle: 卷积网络\n---\n卷积神经网络用卷积核在图像上滑动，卷积提取局部特征。\n");
        site.Write("input/guide/mlp.md", "---\ntitle: 多层感知机\n---\n多层感知机的每个神经元连接上一层的全部输出，和卷积网络不同。\n");
        await using var pages = await SitePages.StartAsync(site);
        var page = await pages.OpenAsync(browser.Browser, "guide/intro.html");

        await page.Keyboard.PressAsync("/");
        var input = page.Locator("#search .pagefind-ui__search-input");
        await input.WaitForAsync(new() { Timeout = LoadedMachine });
        Assert.True(await input.EvaluateAsync<bool>("e => e === document.activeElement"), "`/` did not put the focus in the search box");
        // Chinese arrives whole from the input method, as one input event: Fill does the same.
        await input.FillAsync("卷积");

        var first = page.Locator("#search .pagefind-ui__result").First;
        await first.WaitForAsync(new() { Timeout = LoadedMachine });
        Assert.Equal("/guide/cnn.html", await first.Locator(".pagefind-ui__result-link").GetAttributeAsync("href"));
        // The excerpt marks the query's characters (Pagefind highlights Chinese character by character).
        var marked = await first.Locator(".pagefind-ui__result-excerpt mark").AllInnerTextsAsync();
        Assert.Contains("卷积", string.Concat(marked), StringComparison.Ordinal);
        Assert.Equal(2, await page.Locator("#search .pagefind-ui__result").CountAsync());

        await page.Mouse.ClickAsync(100, 800);   // the empty foot of the sidebar
        Assert.False(await first.IsVisibleAsync(), "a click elsewhere did not put the results away");
        await page.Keyboard.PressAsync("/");
        Assert.True(await first.IsVisibleAsync(), "the results did not come back with the focus");
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await input.InputValueAsync());
        Assert.False(await first.IsVisibleAsync(), "Escape did not clear the search");
        Assert.Empty(pages.ExternalRequests);
    }

    [Fact]
    public async Task Search_works_under_a_base_path_served_by_a_static_host()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        site.Write("input/guide/cnn.md", "---\ntitle: 卷积网络\n---\n卷积神经网络用卷积核在图像上滑动。\n");
        var run = await site.BuildAsync("--base-path", "/docs/");
        Assert.True(run.ExitCode == 0, run.Errors);
        await using var server = new StaticSiteServer(site.Output, "/docs/");
        var page = await browser.Browser.NewPageAsync();
        var failed = new List<string>();
        page.RequestFailed += (_, request) => { lock (failed) failed.Add(request.Url); };
        page.Response += (_, response) => { if (response.Status >= 400) lock (failed) failed.Add(response.Url); };
        await page.GotoAsync(server.SiteUrl + "guide/intro.html");

        await page.Keyboard.PressAsync("/");
        var input = page.Locator("#search .pagefind-ui__search-input");
        await input.WaitForAsync(new() { Timeout = LoadedMachine });
        await input.FillAsync("卷积");
        var link = page.Locator("#search .pagefind-ui__result-link").First;
        await link.WaitForAsync(new() { Timeout = LoadedMachine });

        Assert.Equal("/docs/guide/cnn.html", await link.GetAttributeAsync("href"));
        await link.ClickAsync();
        await page.WaitForURLAsync(server.SiteUrl + "guide/cnn.html", new() { Timeout = LoadedMachine, WaitUntil = WaitUntilState.DOMContentLoaded });
        Assert.Equal("卷积网络", await page.Locator("article h1").InnerTextAsync());
        Assert.Empty(failed);
    }
}
