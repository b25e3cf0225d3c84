using System.Diagnostics;
using System.Net;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;
using DocSite.Tests.Support;

namespace DocSite.Tests.Preview;

public sealed class PreviewServerTests
{
    [Fact]
    public async Task Preview_serves_the_site_and_tells_pages_to_reload_or_show_errors_after_an_edit()
    {
        using var site = TestSite.CopyOf("basic-site");
        var port = LoopbackPort.Free();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var options = new BuildOptions(site.Root, site.Output, BasePath: "/");
        var server = new PreviewServer(options, BuildLog.Silent, null).RunAsync(port, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var page = await RetryAsync(() => http.GetStringAsync("guide/intro.html"));
        Assert.Contains("<h1>入门</h1>", page);
        Assert.Contains("/__docsite/events", page);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("no/such/page.html")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("../site.yml")).StatusCode);

        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        Assert.Equal(": connected", await events.ReadLineAsync());
        await events.ReadLineAsync();

        site.Write("input/guide/intro.md", "---\ntitle: 新标题\n---\n改过了。\n");
        Assert.Equal("event: reload", await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("<h1>新标题</h1>", await http.GetStringAsync("guide/intro.html"));

        await events.ReadLineAsync();
        await events.ReadLineAsync();
        site.Write("input/guide/intro.md", "---\ntitle: [\n---\n");
        Assert.Equal("event: failed", await events.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Contains("error YAML001", await events.ReadLineAsync());
        Assert.Contains("<h1>新标题</h1>", await http.GetStringAsync("guide/intro.html"));

        await stop.CancelAsync();
        await server;
    }
    [Fact]
    public async Task Stopping_the_preview_does_not_wait_for_the_pages_that_are_open()
    {
        using var site = TestSite.CopyOf("basic-site");
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), BuildLog.Silent, null));
        using var http = new HttpClient { BaseAddress = preview.BaseAddress };
        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        Assert.Equal(": connected", await events.ReadLineAsync());

        var watch = Stopwatch.StartNew();
        await preview.DisposeAsync();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"stopping took {watch.Elapsed}");
    }

    private static async Task<T> RetryAsync<T>(Func<Task<T>> action)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await action();
            }
            catch (HttpRequestException) when (attempt < 100)
            {
                await Task.Delay(100);
            }
        }
    }
}
