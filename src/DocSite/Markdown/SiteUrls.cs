namespace DocSite.Markdown;

/// <summary>
/// Knows every source the site publishes (pages and static files) and the URL each is served at.
/// Source paths are relative to the site root with '/' separators.
/// </summary>
public sealed class SiteUrls(string basePath, IReadOnlyDictionary<string, string> outputBySource)
{
    public string BasePath { get; } = basePath;

    /// <summary>The output path (relative to the output folder) of a source, or null when it is not published.</summary>
    public string? OutputPathOf(string sourcePath) => outputBySource.GetValueOrDefault(sourcePath);

    public bool IsPublished(string sourcePath) => outputBySource.ContainsKey(sourcePath);

    /// <summary>The absolute URL path of an output file, under the base path.</summary>
    public string UrlOf(string outputPath) => UrlOf(BasePath, outputPath);

    /// <summary>The absolute URL path of an output file under <paramref name="basePath"/>, each segment escaped.</summary>
    public static string UrlOf(string basePath, string outputPath) =>
        outputPath == "index.html" ? basePath : basePath + string.Join('/', outputPath.Split('/').Select(Uri.EscapeDataString));
}
