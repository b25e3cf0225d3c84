namespace DocSite.Configuration;

/// <summary>
/// One entry of the configured navigation: a page (repository-relative source path), a section with
/// children, or both (a section whose title links to a page). <see cref="Line"/> points into site.yml.
/// </summary>
public sealed record NavEntry(string? Title, string? Page, IReadOnlyList<NavEntry> Children, int Line);
