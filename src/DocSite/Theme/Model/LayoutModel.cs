namespace DocSite.Theme.Model;

/// <summary>Everything a layout template sees: <c>site</c>, <c>page</c> and <c>nav</c>.</summary>
public sealed record LayoutModel(LayoutSite Site, LayoutPage Page, IReadOnlyList<LayoutNavItem> Nav);
