namespace DocSite.Preview;

/// <summary>The MIME type of each kind of file a built site holds.</summary>
internal static class ContentTypes
{
    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" => "text/html; charset=utf-8",
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".json" => "application/json",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".gif" => "image/gif",
        ".woff2" => "font/woff2",
        ".xml" => "application/xml",
        ".ipynb" => "application/x-ipynb+json",
        _ => "application/octet-stream",
    };
}
