namespace DocSite.Theme.Model;

/// <summary>A titled link: breadcrumbs, previous/next, table-of-contents entries (with their heading level).</summary>
public sealed record LayoutLink(string Title, string? Url, int Level = 0);
