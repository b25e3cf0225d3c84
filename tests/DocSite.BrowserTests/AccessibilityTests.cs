using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DocSite.BrowserTests;

/// <summary>
/// Every page of the repository's site, checked with axe-core in light and dark, on a desktop and a phone,
/// and read with the keyboard alone.
/// </summary>
[Collection(RepositorySiteCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser, RepositorySite site) : IClassFixture<BrowserFixture>
{
    // Plotly draws its charts itself (SVG without text alternatives); the charts part of issue 14 owns them. Their
    // insides are left out of this check, and plotly.js is not even loaded: it would only make the check slow.
    private const string ChartInternals = ".docsite-plotly";

    public static TheoryData<string, ColorScheme, int, int> Views() => new()
    {
        { "desktop light", ColorScheme.Light, 1280, 900 },
        { "desktop dark", ColorScheme.Dark, 1280, 900 },
        { "phone light", ColorScheme.Light, 390, 844 },
        { "phone dark", ColorScheme.Dark, 390, 844 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public async Task Axe_finds_no_serious_or_critical_violation_on_any_page(string view, ColorScheme scheme, int width, int height)
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ColorScheme = scheme,
            IsMobile = width < 500,
            HasTouch = width < 500,
        });
        await context.RouteAsync("**/plotly*.js", route => route.AbortAsync());
        var page = await context.NewPageAsync();
        var found = new List<string>();
        foreach (var path in site.Pages)
        {
            await page.GotoAsync(site.Server.SiteUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var result = await page.RunAxe(new AxeRunContext { Exclude = [new AxeSelector(ChartInternals)] });
            found.AddRange(result.Violations
                .Where(v => v.Impact is "serious" or "critical")
                .Select(v => $"{path} ({view}): {v.Id} ({v.Impact}) at {string.Join(", ", v.Nodes.Take(3).Select(n => n.Target.ToString()))}"));
        }
        Assert.True(site.Pages.Count > 20, $"only {site.Pages.Count} pages were checked");
        Assert.True(found.Count == 0, string.Join('\n', found));
    }

    [Fact]
    public async Task The_keyboard_reaches_the_content_through_the_skip_link()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.GotoAsync(site.Server.SiteUrl + "overview/parameter-scale.html");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        Assert.True(await skip.EvaluateAsync<bool>("e => e === document.activeElement"), "the first Tab does not reach the skip link");
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Y: >= 0, Height: > 0 }, "the focused skip link is not on screen");
        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        // The next Tab lands inside the content, not back in the header or the sidebar.
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('content').contains(document.activeElement)"), "Tab after the skip link left the content");
        var outline = await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    [Fact]
    public async Task On_a_phone_the_table_of_contents_is_folded_above_the_article_and_Escape_closes_the_menu()
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await page.GotoAsync(site.Server.SiteUrl + "overview/parameter-scale.html");

        var toc = page.Locator(".toc details");
        Assert.False(await toc.EvaluateAsync<bool>("d => d.open"), "the table of contents is open on a phone");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.toc').getBoundingClientRect().bottom <= document.querySelector('article').getBoundingClientRect().top + 1"));
        await page.Locator(".toc summary").ClickAsync();
        Assert.True(await page.Locator(".toc li a").First.IsVisibleAsync());

        var menu = page.Locator(".menu-button");
        await menu.ClickAsync();
        Assert.True(await page.Locator("#sidebar").IsVisibleAsync());
        Assert.Equal("关闭目录", await menu.GetAttributeAsync("aria-label"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.Locator("#sidebar").IsVisibleAsync(), "Escape did not close the menu");
        Assert.Equal("打开目录", await menu.GetAttributeAsync("aria-label"));
        Assert.True(await menu.EvaluateAsync<bool>("e => e === document.activeElement"), "the focus did not go back to the menu button");
    }

    [Fact]
    public async Task Code_blocks_have_a_copy_button_and_headings_an_anchor_link()
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.SiteUrl + "notebooks/parameter-scale.html");

        var block = page.Locator(".code-block").First;
        var code = await block.Locator("code").InnerTextAsync();
        await block.HoverAsync();
        await block.Locator(".copy-button").ClickAsync();
        Assert.Equal(code.TrimEnd('\n'), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
        Assert.Equal("已复制", await block.Locator(".copy-button").InnerTextAsync());

        var anchor = page.Locator("article h2 .anchor").First;
        var id = await page.Locator("article h2").First.GetAttributeAsync("id");
        Assert.Equal("#" + Uri.EscapeDataString(id!), await anchor.GetAttributeAsync("href"));
        await context.DisposeAsync();
    }
}
