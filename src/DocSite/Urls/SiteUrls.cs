namespace DocSite.Urls;

/// <summary>
/// Knows every source the site publishes (pages and static files) and the URL each is served at, escaped and
/// under the base path. Source paths are relative to the site root with '/' separators.
/// </summary>
public sealed class SiteUrls(string basePath, IReadOnlyDictionary<string, string> outputBySource)
{
    public string BasePath { get; } = basePath;

    /// <summary>The output path (relative to the output folder) of a source, or null when it is not published.</summary>
    public string? OutputPathOf(string sourcePath) => outputBySource.GetValueOrDefault(sourcePath);

    public bool IsPublished(string sourcePath) => outputBySource.ContainsKey(sourcePath);

    /// <summary>The absolute URL path of an output file, under the base path.</summary>
    public string UrlOf(string outputPath) => Join(BasePath, outputPath);

    /// <summary>The absolute URL (scheme and host too) of an output file, for the sitemap.</summary>
    public static string AbsoluteUrlOf(string siteUrl, string outputPath) => Join(siteUrl.TrimEnd('/') + "/", outputPath);

    /// <summary>The page of a source file in the repository's web view, or null when site.yml names no repository.</summary>
    public static string? EditUrlOf(string? repository, string sourcePath) =>
        repository is null ? null : Escape($"{repository.TrimEnd('/')}/blob/main/", sourcePath);

    // The site's home page is its folder; every other path is escaped segment by segment.
    private static string Join(string prefix, string outputPath) => outputPath == "index.html" ? prefix : Escape(prefix, outputPath);

    private static string Escape(string prefix, string path) => prefix + string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
