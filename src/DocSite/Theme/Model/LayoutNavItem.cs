namespace DocSite.Theme.Model;

/// <summary>
/// A sidebar entry. Only the sections on the current page's trail are expanded, so each page carries a
/// small sidebar however large the site grows.
/// </summary>
public sealed record LayoutNavItem(string Title, string? Url, bool IsCurrent, bool IsOpen, IReadOnlyList<LayoutNavItem> Children);
