namespace DocSite.Theme.Model;

/// <summary>The page as layouts see it (<c>{{ page.title }}</c>, <c>{{ page.content | raw }}</c>).</summary>
/// <param name="CanonicalUrl">The page's absolute URL under site.yml's <c>base_url</c> (canonical and OpenGraph tags), or null without one.</param>
public sealed record LayoutPage(
    string Title,
    string Description,
    string Content,
    string Url,
    string SourcePath,
    string? EditUrl,
    string? DownloadUrl,
    IReadOnlyList<LayoutLink> Toc,
    IReadOnlyList<LayoutLink> Breadcrumbs,
    LayoutLink? Previous,
    LayoutLink? Next,
    bool UsesMath,
    bool UsesPlotly,
    bool UsesPlotlyMaps,
    bool IsHome,
    bool HasOwnHeading = false,
    IReadOnlyDictionary<string, object?>? FrontMatter = null,
    string? PlotlyScript = null,
    string? PlotlyLocale = null,

    string? CanonicalUrl = null);
