using DocSite.Diagnostics;
using DocSite.Notebooks;
using DocSite.Pipeline;
using DocSite.Urls;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DocSite.Preview;

/// <summary>
/// <c>preview</c>: builds the site, serves it on 127.0.0.1 only, rebuilds when a source changes and makes
/// open pages reload. A failed rebuild keeps serving the last good site and shows the errors on the page.
/// </summary>
/// <param name="verbose">An unexpected exception in a rebuild also shows its stack trace (the CLI's --verbose).</param>
public sealed class PreviewServer(BuildOptions options, BuildLog log, INotebookPages? notebooks, bool verbose = false)
{
    private readonly LiveReload _reload = new();
    private readonly SemaphoreSlim _building = new(1, 1);

    /// <summary>The worker kept ready for the next notebook run, shared by the rebuilds; none without execution.</summary>
    public NotebookSession? NotebookSession { get; } = notebooks is null || options.NoExecute ? null : new NotebookSession();

    public async Task<int> RunAsync(int port, CancellationToken cancellationToken)
    {
        NotebookSession?.CellStarted += ShowCell;
        try
        {
            return await ServeAsync(port, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // After the watcher and the server stopped: no rebuild starts another worker.
            if (NotebookSession is not null) await NotebookSession.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task<int> ServeAsync(int port, CancellationToken cancellationToken)
    {
        await RebuildAsync(cancellationToken).ConfigureAwait(false);
        // The file provider needs the folder, also when the first build failed and wrote nothing.
        Directory.CreateDirectory(options.OutputDirectory);
        using var files = new ContainedFileProvider(options.OutputDirectory);
        // RebuildAsync reports every failure itself and never throws. An editor's save is over within a few
        // milliseconds; the quiet period is most of the time from a save to a notebook's first cell, so it is short.
        using var watcher = new SourceWatcher(options.RootDirectory, TimeSpan.FromMilliseconds(50),
            () => _ = RebuildAsync(cancellationToken));

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        app.Map(new PathString(LiveReload.EventsPath), events => events.Run(StreamEventsAsync));
        app.Use((context, next) => ServePageAsync(context, next, files));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            ContentTypeProvider = ContentTypes.Create(),
            ServeUnknownFileTypes = true,
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "no-store",
        });
        app.Run(context => ServeNotFoundAsync(context, files));

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        log.Info($"Serving {options.OutputDirectory} at http://127.0.0.1:{port}/ — watching for changes; Ctrl+C stops.");
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return 0;
    }

    private async Task RebuildAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _building.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        try
        {
            await new SiteBuilder(log, notebooks, NotebookSession).BuildAsync(options, cancellationToken).ConfigureAwait(false);
            _reload.PublishReload();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The preview is stopping.
        }
        catch (Exception e)
        {
            // Whatever a rebuild throws reaches the log and the pages; nothing vanishes in a background task.
            var lines = FailureReport.Describe(e, verbose);
            foreach (var line in lines) log.Error(line);
            // Ends a rebuild in the log as "Built …" does (VS Code's preview task waits for one or the other).
            log.Info("Build failed; the last good site is still served.");
            _reload.PublishFailure(string.Join('\n', lines));
        }
        finally
        {
            await StartWarmWorkerAsync(cancellationToken).ConfigureAwait(false);
            _building.Release();
        }
    }

    // After the build, not during it: starting a worker takes a core for a second.
    private async Task StartWarmWorkerAsync(CancellationToken cancellationToken)
    {
        if (NotebookSession is null || cancellationToken.IsCancellationRequested) return;
        try
        {
            await NotebookSession.RefillAsync(log.Info).ConfigureAwait(false);
        }
        catch (Exception e) when (e is FileNotFoundException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            // The next notebook run starts a worker of its own, and reports why that fails.
            log.Info($"notebooks: no warm worker: {e.Message}");
        }
    }

    private void ShowCell(CellActivity cell) =>
        _reload.PublishCell("/" + OutputPaths.OfNotebookPage(cell.Notebook),
            $"{cell.Notebook}: running cell {cell.CellNumber} ({cell.Index} of {cell.Count}): {cell.FirstLine}");

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        // The stream also ends when the preview stops: an open page must not hold Ctrl+C up for the shutdown timeout.
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping);
        var reader = _reload.Subscribe();
        try
        {
            await context.Response.WriteAsync(": connected\n\n", ended.Token).ConfigureAwait(false);
            await context.Response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            await foreach (var (name, data) in reader.ReadAllAsync(ended.Token).ConfigureAwait(false))
            {
                await context.Response.WriteAsync($"event: {name}\ndata: {data}\n\n", ended.Token).ConfigureAwait(false);
                await context.Response.Body.FlushAsync(ended.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded, or the preview is stopping.
        }
        finally
        {
            _reload.Unsubscribe(reader);
        }
    }

    // Pages (and folders, by their index.html) get the live-reload script; other files go on to the static-file middleware.
    private static async Task ServePageAsync(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var page = HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            ? FindPage(files, context.Request.Path.Value ?? "/")
            : null;
        if (page is null) await next(context).ConfigureAwait(false);
        else await WritePageAsync(context, StatusCodes.Status200OK, page).ConfigureAwait(false);
    }

    private static IFileInfo? FindPage(IFileProvider files, string path)
    {
        var file = files.GetFileInfo(path);
        if (!file.Exists) file = files.GetFileInfo(path.TrimEnd('/') + "/index.html");
        return file.Exists && file.Name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? file : null;
    }

    private static async Task ServeNotFoundAsync(HttpContext context, IFileProvider files)
    {
        var page = files.GetFileInfo("/404.html");
        if (page.Exists)
        {
            await WritePageAsync(context, StatusCodes.Status404NotFound, page).ConfigureAwait(false);
            return;
        }
        // Nothing built yet (the first build failed): a bare page still shows the errors.
        await WriteHtmlAsync(context, StatusCodes.Status404NotFound, "<!DOCTYPE html><meta charset=\"utf-8\"><title>Not found</title><p>Not found.</p>").ConfigureAwait(false);
    }

    private static async Task WritePageAsync(HttpContext context, int status, IFileInfo page)
    {
        string html;
        using (var reader = new StreamReader(page.CreateReadStream()))
            html = await reader.ReadToEndAsync(context.RequestAborted).ConfigureAwait(false);
        await WriteHtmlAsync(context, status, html).ConfigureAwait(false);
    }

    private static async Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        var index = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        html = index < 0 ? html + LiveReload.Script : html.Insert(index, LiveReload.Script);
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentTypes.Html;
        context.Response.Headers.CacheControl = "no-store";
        await context.Response.WriteAsync(html, context.RequestAborted).ConfigureAwait(false);
    }
}
