namespace DocSite.Configuration;

/// <summary>The site configuration file (<c>site.yml</c>) after parsing and defaults.</summary>
public sealed record SiteConfig(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    string BasePath,
    string? Repository,
    IReadOnlyList<NavEntry>? Nav)
{
    public const string FileName = "site.yml";

    /// <summary>The branch edit links open (<c>branch</c> in site.yml).</summary>
    public string Branch { get; init; } = "main";

    public static SiteConfig Default { get; } = new("Site", "", "en", "", "/", null, null);
}
