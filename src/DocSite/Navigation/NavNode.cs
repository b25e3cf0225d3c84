namespace DocSite.Navigation;

/// <summary>One node of the site's navigation tree: a page, a section, or a section that is also a page.</summary>
public sealed record NavNode(string Title, string? SourcePath, string? Url, IReadOnlyList<NavNode> Children);
