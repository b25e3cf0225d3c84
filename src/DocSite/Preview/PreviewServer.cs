using System.Text;
using System.Text.Json;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocSite.Preview;

/// <summary>
/// <c>preview</c>: builds the site, serves it on 127.0.0.1 only, rebuilds when a source changes and makes
/// open pages reload. A failed rebuild keeps serving the last good site and shows the errors on the page.
/// </summary>
public sealed class PreviewServer(BuildOptions options, BuildLog log, INotebookPages? notebooks)
{
    private readonly LiveReload _reload = new();
    private readonly SemaphoreSlim _building = new(1, 1);

    public async Task<int> RunAsync(int port, CancellationToken cancellationToken)
    {
        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        using var watcher = new SourceWatcher(options.RootDirectory, TimeSpan.FromMilliseconds(150),
            () => _ = RebuildAsync(cancellationToken));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.MapGet(LiveReload.EventsPath, StreamEventsAsync);
        app.MapMethods("{**path}", ["GET", "HEAD"], ServeFileAsync);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        log.Info($"Serving {options.OutputDirectory} at http://127.0.0.1:{port}{BasePath} — watching for changes; Ctrl+C stops.");
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    // The preview serves the site at the root whatever base path the published site uses.
    private const string BasePath = "/";

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await new SiteBuilder(log, notebooks).BuildAsync(options, cancellationToken).ConfigureAwait(false);
            _reload.Publish("reload");
        }
        catch (BuildFailedException e)
        {
            var lines = e.Diagnostics.Count > 0 ? e.Diagnostics.Select(d => d.ToString()).ToList() : [e.Message];
            foreach (var line in lines) log.Error(line);
            _reload.Publish("failed", JsonSerializer.Serialize(string.Join('\n', lines)));
        }
        finally
        {
            _building.Release();
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        var reader = _reload.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", context.RequestAborted).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await foreach (var (name, data) in reader.ReadAllAsync(context.RequestAborted).ConfigureAwait(false))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", context.RequestAborted).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            _reload.Unsubscribe(reader);
        }
    }

    private async Task ServeFileAsync(HttpContext context)
    {
        var file = Resolve(context.Request.Path.Value ?? "/");
        if (file is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            file = Path.Combine(options.OutputDirectory, "404.html");
            if (!File.Exists(file)) return;
        }
        context.Response.ContentType = ContentTypes.Of(file);
        context.Response.Headers.CacheControl = "no-store";
        if (file.EndsWith(".html", StringComparison.Ordinal))
        {
            var html = await File.ReadAllTextAsync(file, context.RequestAborted).ConfigureAwait(false);
            var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
            html = index < 0 ? html + LiveReload.Script : html.Insert(index, LiveReload.Script);
            await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html), context.RequestAborted).ConfigureAwait(false);
            return;
        }
        await context.Response.SendFileAsync(file, context.RequestAborted).ConfigureAwait(false);
    }

    // Maps a URL path under the base path to a file of the output folder; never outside it.
    private string? Resolve(string urlPath)
    {
        if (!urlPath.StartsWith(BasePath, StringComparison.Ordinal) && urlPath + "/" != BasePath) return null;
        var relative = Uri.UnescapeDataString(urlPath.Length <= BasePath.Length ? "" : urlPath[BasePath.Length..]);
        var root = Path.GetFullPath(options.OutputDirectory);
        var candidate = Path.GetFullPath(Path.Combine(root, relative));
        if (!candidate.StartsWith(root, StringComparison.Ordinal)) return null;
        if (Directory.Exists(candidate)) candidate = Path.Combine(candidate, "index.html");
        return File.Exists(candidate) ? candidate : null;
    }
}
