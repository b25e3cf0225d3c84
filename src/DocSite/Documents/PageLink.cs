namespace DocSite.Documents;

/// <summary>
/// An internal link found while rendering a page, checked once every page is known.
/// <paramref name="TargetSource"/> is the site-root-relative source path of the target (the page itself for
/// "#anchor" links); <paramref name="Line"/> and <paramref name="Column"/> point into the page's source file,
/// or into notebook cell <paramref name="Cell"/> when it is set.
/// </summary>
public sealed record PageLink(int Line, int Column, string Url, string TargetSource, string? Anchor, int? Cell = null);
