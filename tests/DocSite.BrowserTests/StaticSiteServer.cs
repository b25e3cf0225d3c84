using System.Net;
using DocSite.Tests.Support;

namespace DocSite.BrowserTests;

/// <summary>
/// A built site served as a static host serves it under a base path (GitHub Pages: <c>/repo/</c>), on
/// 127.0.0.1, with nothing at the root: a page or script that forgets the base path gets a 404.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".js"] = "text/javascript", [".css"] = "text/css",
        [".json"] = "application/json", [".svg"] = "image/svg+xml", [".woff2"] = "font/woff2",
    };

    private readonly HttpListener _listener = new();
    private readonly string _folder;
    private readonly Task _loop;

    /// <param name="basePath">Like <c>/docs/</c>.</param>
    public StaticSiteServer(string folder, string basePath)
    {
        _folder = Path.GetFullPath(folder);
        SiteUrl = $"http://127.0.0.1:{LoopbackPort.Free()}{basePath}";
        _listener.Prefixes.Add(SiteUrl);
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    /// <summary>The site's URL, base path included.</summary>
    public string SiteUrl { get; }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await _loop;
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            Serve(context);
        }
    }

    private void Serve(HttpListenerContext context)
    {
        using var response = context.Response;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath)[new Uri(SiteUrl).AbsolutePath.Length..];
        if (path.Length == 0 || path.EndsWith('/')) path += "index.html";
        var file = Path.GetFullPath(Path.Combine(_folder, path));
        if (!file.StartsWith(_folder + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            response.StatusCode = 404;
            return;
        }
        var bytes = File.ReadAllBytes(file);
        response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
        response.ContentLength64 = bytes.Length;
        response.OutputStream.Write(bytes);
    }
}
