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

    /// <summary>
    /// The absolute URL of an output file, for the sitemap: the scheme and host of <paramref name="baseUrl"/> and
    /// the path the pages link to (under the base path), so that the sitemap and the pages cannot disagree.
    /// Without a base URL, the path alone.
    /// </summary>
    public string AbsoluteUrlOf(string? baseUrl, string outputPath) =>
        (Uri.TryCreate(baseUrl, UriKind.Absolute, out var site) ? site.GetLeftPart(UriPartial.Authority) : "") + UrlOf(outputPath);

    /// <summary>Where a source file opens in the repository's web editor (<c>/edit/branch/path</c>); null without a repository.</summary>
    public static string? EditUrlOf(string? repository, string branch, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(branch);
        return string.IsNullOrWhiteSpace(repository) ? null : Escape($"{repository.TrimEnd('/')}/edit/{EscapePath(branch)}/", sourcePath);
    }

    // The site's home page is its folder; every other path is escaped segment by segment.
    private static string Join(string prefix, string outputPath) => outputPath == "index.html" ? prefix : Escape(prefix, outputPath);

    private static string Escape(string prefix, string path) => prefix + EscapePath(path);

    private static string EscapePath(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));
}
