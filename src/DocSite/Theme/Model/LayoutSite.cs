namespace DocSite.Theme.Model;

/// <summary>The site as layouts see it (<c>{{ site.title }}</c>).</summary>
/// <param name="Search">The build makes a search index (the site has Pagefind), so layouts may offer a search box.</param>
/// <param name="Strings">The theme's words in the site's language (<c>{{ site.strings.toc_title }}</c>), see <see cref="ThemeStrings"/>.</param>
public sealed record LayoutSite(
    string Title,
    string Description,
    string Language,
    string BasePath,
    string? Repository,
    bool Search = false,
    IReadOnlyDictionary<string, string>? Strings = null);
