namespace DocSite.Urls;

/// <summary>
/// Where each kind of source is written, relative to the output folder, and the files the build writes of its own.
/// The one place that knows the site's file layout; <see cref="SiteUrls"/> turns these paths into URLs.
/// </summary>
public static class OutputPaths
{
    public const string InputFolder = "input";
    public const string NotebookFolder = "notebooks";
    public const string NotFoundPage = "404.html";
    public const string Sitemap = "sitemap.xml";
    public const string NoJekyll = ".nojekyll";

    /// <summary><c>input/data/index.md</c> → <c>data/index.html</c>.</summary>
    public static string OfMarkdownPage(string source) => WithoutInputFolder(source)[..^".md".Length] + ".html";

    /// <summary><c>input/data/figure.svg</c> → <c>data/figure.svg</c>.</summary>
    public static string OfStaticFile(string source) => WithoutInputFolder(source);

    /// <summary><c>notebooks/x.ipynb</c> → <c>notebooks/x.html</c>.</summary>
    public static string OfNotebookPage(string source) => Path.ChangeExtension(source, ".html");

    /// <summary><c>notebooks/x.dib</c> → <c>notebooks/x.ipynb</c>, the executed notebook offered for download.</summary>
    public static string OfNotebookDownload(string source) => Path.ChangeExtension(source, ".ipynb");

    private static string WithoutInputFolder(string source) => source[(InputFolder.Length + 1)..];
}
