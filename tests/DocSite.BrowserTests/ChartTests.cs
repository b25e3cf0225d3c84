using Microsoft.Playwright;

namespace DocSite.BrowserTests;

/// <summary>Charts as a reader meets them: in the site's dark theme, on a phone, drawn as they come into view, in Chinese.</summary>
public sealed class ChartTests(BrowserFixture browser, PlotlySitePages plotly) : IClassFixture<BrowserFixture>, IClassFixture<PlotlySitePages>
{
    private const string ChartPage = "notebooks/chart.html";
    private const string FirstChartBackground = "() => getComputedStyle(document.querySelector('.docsite-plotly .main-svg')).backgroundColor";

    [Fact]
    public async Task A_chart_follows_the_dark_toggle_without_a_reload()
    {
        var page = await plotly.Pages.OpenAsync(browser.Browser, ChartPage);
        await page.WaitForSelectorAsync(".docsite-plotly .main-svg", new() { Timeout = 20_000 });
        await page.EvaluateAsync("() => window.notReloaded = true");
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>(FirstChartBackground));

        await page.ClickAsync(".theme-button");

        // The site's dark background (--bg: #0d1117), in the chart's paper and its text colour (--text: #e6edf3).
        await page.WaitForFunctionAsync($"() => ({FirstChartBackground})() === 'rgb(13, 17, 23)'", null, new() { Timeout = 10_000 });
        Assert.Equal("rgb(230, 237, 243)", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.docsite-plotly .xtick text')).fill"));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "the page was reloaded");
        Assert.Empty(plotly.Pages.ExternalRequests);
    }

    [Fact]
    public async Task A_vertical_swipe_on_a_chart_scrolls_the_page_on_a_phone_and_leaves_the_chart_as_it_was()
    {
        await using var context = await browser.Browser.NewContextAsync(new()
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync(plotly.Pages.BaseUrl + ChartPage);
        var chart = page.Locator(".docsite-plotly").First;
        await chart.ScrollIntoViewIfNeededAsync();
        await page.WaitForSelectorAsync(".docsite-plotly .main-svg", new() { Timeout = 20_000 });
        const string Ranges = "() => { const l = document.querySelector('.docsite-plotly')._fullLayout; return JSON.stringify([l.xaxis.range, l.yaxis.range]); }";
        var rangesBefore = await page.EvaluateAsync<string>(Ranges);
        var scrollBefore = await page.EvaluateAsync<double>("() => scrollY");
        var box = (await chart.BoundingBoxAsync())!;

        // A finger lands on the plot and moves up 250 px, as a reader swipes to read on.
        var cdp = await context.NewCDPSessionAsync(page);
        var (x, y) = (box.X + box.Width / 2, box.Y + box.Height * 0.6);
        await Touch(cdp, "touchStart", x, y);
        for (var step = 1; step <= 10; step++) await Touch(cdp, "touchMove", x, y - step * 25);
        await cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object> { ["type"] = "touchEnd", ["touchPoints"] = Array.Empty<object>() });

        await page.WaitForFunctionAsync($"() => scrollY > {scrollBefore} + 100", null, new() { Timeout = 5_000 });
        Assert.Equal(rangesBefore, await page.EvaluateAsync<string>(Ranges));
    }

    [Fact]
    public async Task Charts_are_drawn_when_they_come_into_view()
    {
        var page = await plotly.Pages.OpenAsync(browser.Browser, ChartPage);
        await page.WaitForSelectorAsync(".docsite-plotly .main-svg", new() { Timeout = 20_000 });
        var last = page.Locator(".docsite-plotly").Last;
        Assert.Equal(0, await last.Locator(".main-svg").CountAsync());

        await last.ScrollIntoViewIfNeededAsync();

        await last.Locator(".main-svg").First.WaitForAsync(new() { Timeout = 10_000 });
        Assert.Equal(2, await last.Locator(".scatterlayer .trace").CountAsync());
    }

    [Fact]
    public async Task Charts_speak_the_site_language_and_show_their_toolbar_on_hover_only()
    {
        var page = await plotly.Pages.OpenAsync(browser.Browser, ChartPage);
        await page.WaitForSelectorAsync(".docsite-plotly .modebar-btn", new() { Timeout = 20_000, State = WaitForSelectorState.Attached });
        var toolbar = page.Locator(".docsite-plotly .modebar-container").First;
        Assert.Equal("0", await toolbar.EvaluateAsync<string>("e => getComputedStyle(e).opacity"));

        await page.Locator(".docsite-plotly").First.HoverAsync();

        await page.WaitForFunctionAsync("() => getComputedStyle(document.querySelector('.docsite-plotly .modebar-container')).opacity === '1'", null, new() { Timeout = 5_000 });
        Assert.True(await page.Locator(".docsite-plotly .modebar-btn[data-title='自动缩放']").CountAsync() > 0,
            string.Join(", ", await page.Locator(".docsite-plotly .modebar-btn").EvaluateAllAsync<string[]>("bs => bs.map(b => b.dataset.title)")));
    }

    [Fact]
    public async Task An_image_heatmap_has_square_pixels_and_its_data_is_one_click_away()
    {
        var page = await plotly.Pages.OpenAsync(browser.Browser, ChartPage);
        var image = page.Locator(".chart", new() { Has = page.Locator("summary", new() { HasText = "四行六列的图像" }) });
        await image.ScrollIntoViewIfNeededAsync();
        await image.Locator(".heatmaplayer image").WaitForAsync(new() { Timeout = 20_000, State = WaitForSelectorState.Attached });

        // 6 columns and 4 rows of pixels: the plot area is 1.5 times as wide as it is tall.
        var size = await image.Locator(".nsewdrag").First.EvaluateAsync<double[]>("r => [r.getAttribute('width'), r.getAttribute('height')].map(Number)");
        Assert.InRange(size[0] / size[1], 1.45, 1.55);
        Assert.False(await image.Locator("table").IsVisibleAsync());

        await image.Locator("summary").ClickAsync();

        var table = image.Locator("table");
        Assert.True(await table.IsVisibleAsync());
        Assert.Equal(4, await table.Locator("tbody tr").CountAsync());
        Assert.Equal("23", await table.Locator("tbody tr").Last.Locator("td").Last.InnerTextAsync());
    }

    private static Task Touch(ICDPSession cdp, string type, double x, double y) =>
        cdp.SendAsync("Input.dispatchTouchEvent", new Dictionary<string, object>
        {
            ["type"] = type,
            ["touchPoints"] = new[] { new Dictionary<string, object> { ["x"] = x, ["y"] = y } },
        });
}
