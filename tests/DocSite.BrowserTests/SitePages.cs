using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;
using DocSite.Tests.Support;
using Microsoft.Playwright;

namespace DocSite.BrowserTests;

/// <summary>A fixture site built and served on 127.0.0.1 by the preview server, opened in pages that record every request.</summary>
public sealed class SitePages : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _server;

    private SitePages(TestSite site, int port)
    {
        Site = site;
        BaseUrl = $"http://127.0.0.1:{port}/";
        _server = new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), BuildLog.Silent, site.Notebooks).RunAsync(port, _stop.Token);
    }

    public TestSite Site { get; }

    public string BaseUrl { get; }

    /// <summary>Requests that left the machine (anything not on 127.0.0.1), which a built site must never make.</summary>
    public List<string> ExternalRequests { get; } = [];

    /// <summary>Every request the pages made, in order, to check what a page loads.</summary>
    public List<string> Requests { get; } = [];

    public static async Task<SitePages> StartAsync(TestSite site)
    {
        var pages = new SitePages(site, LoopbackPort.Free());
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                (await http.GetAsync(pages.BaseUrl)).EnsureSuccessStatusCode();
                return pages;
            }
            catch (HttpRequestException) when (attempt < 600)
            {
                await Task.Delay(200);
            }
        }
    }

    public async Task<IPage> OpenAsync(IBrowser browser, string path)
    {
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        await page.RouteAsync("**/*", async route =>
        {
            var url = route.Request.Url;
            lock (Requests) Requests.Add(url);
            if (url.StartsWith(BaseUrl, StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            lock (ExternalRequests) ExternalRequests.Add(url);
            await route.AbortAsync();
        });
        await page.GotoAsync(BaseUrl + path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _server;
        _stop.Dispose();
        Site.Dispose();
    }

}
