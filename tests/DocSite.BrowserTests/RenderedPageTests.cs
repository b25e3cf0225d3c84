using DocSite.Tests.Support;

namespace DocSite.BrowserTests;

public sealed class RenderedPageTests(BrowserFixture browser, PlotlySitePages plotly) : IClassFixture<BrowserFixture>, IClassFixture<PlotlySitePages>
{
    [Fact]
    public async Task Math_arrives_typeset_with_KaTeX_fonts_and_no_KaTeX_script_is_loaded()
    {
        await using var pages = await SitePages.StartAsync(await TestSite.CopyWithPackagesAsync("basic-site"));

        var page = await pages.OpenAsync(browser.Browser, "index.html");
        await page.EvaluateAsync("() => document.fonts.ready");

        Assert.Equal("E = mc^2", await page.Locator(".katex-mathml annotation").TextContentAsync());
        // Typeset by the build: KaTeX's layout is in the HTML, drawn with KaTeX's own fonts, and no script typesets it.
        Assert.True(await page.Locator(".katex-html .mord.mathnormal").CountAsync() >= 3);
        Assert.Equal("KaTeX_Math", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('.katex-html .mathnormal')).fontFamily"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.fonts.check('1em KaTeX_Math')"));
        Assert.DoesNotContain(pages.Requests, url => url.Contains("katex", StringComparison.Ordinal) && url.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(pages.Requests, url => url.Contains("/assets/katex/katex.min.", StringComparison.Ordinal) && url.EndsWith(".css", StringComparison.Ordinal));
        Assert.Equal(0, await page.Locator("script[src*=katex]").CountAsync());
        Assert.Empty(pages.ExternalRequests);
    }

    [Fact]
    public async Task Chinese_text_renders_with_a_CJK_font_and_the_sidebar_marks_the_current_page()
    {
        await using var pages = await SitePages.StartAsync(TestSite.CopyOf("basic-site"));

        var page = await pages.OpenAsync(browser.Browser, "guide/intro.html");

        Assert.Equal("入门", await page.Locator("article h1").InnerTextAsync());
        Assert.Equal("入门", await page.Locator(".sidebar a[aria-current=page]").InnerTextAsync());
        var width = await page.EvaluateAsync<double>("() => { const s = document.createElement('span'); s.textContent = '参数量级参数量级'; document.body.append(s); return s.getBoundingClientRect().width; }");
        Assert.True(width > 60, $"CJK text is {width}px wide: the characters are not being drawn with a CJK font");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "docsite-intro.png"), FullPage = true });
        Assert.Empty(pages.ExternalRequests);
    }

    [Fact]
    public async Task A_Plotly_chart_from_a_notebook_draws_in_the_page_offline()
    {
        var pages = plotly.Pages;
        var page = await pages.OpenAsync(browser.Browser, "notebooks/chart.html");
        await page.WaitForSelectorAsync(".docsite-plotly .main-svg", new() { Timeout = 20_000 });

        Assert.Equal(3, await page.Locator(".docsite-plotly .scatterlayer .point").CountAsync());
        Assert.True(await page.Locator(".docsite-plotly .ytick").CountAsync() > 2);
        var chartWidth = await page.EvaluateAsync<double>("() => document.querySelector('.docsite-plotly').getBoundingClientRect().width");
        var articleWidth = await page.EvaluateAsync<double>("() => document.querySelector('article').getBoundingClientRect().width");
        // Responsive: it fills the output column (less the column's left rule), not Plotly's default 600px.
        Assert.True(chartWidth > 0.95 * articleWidth, $"the chart is {chartWidth}px wide in a {articleWidth}px column");
        Assert.Empty(pages.ExternalRequests);
    }

    [Fact]
    public async Task A_geo_chart_draws_the_map_from_the_site_own_outlines()
    {
        var pages = plotly.Pages;
        var page = await pages.OpenAsync(browser.Browser, "notebooks/map.html");
        await page.WaitForSelectorAsync(".docsite-plotly .geo .point", new() { Timeout = 20_000 });

        Assert.Equal(3, await page.Locator(".docsite-plotly .geo .point").CountAsync());
        // Land and coastlines come from assets/topojson/world_110m.json, served by the site.
        Assert.True(await page.Locator(".docsite-plotly .geo .land path, .docsite-plotly .geo path.land").CountAsync() > 0, await page.InnerHTMLAsync(".docsite-plotly"));
        Assert.Empty(pages.ExternalRequests);
    }
}
