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

    public static SiteConfig Default { get; } = new("Site", "", "en", "", "/", null, null);
}
