namespace DocSite.Documents;

/// <summary>A page whose content is HTML: ready for its layout.</summary>
public sealed record RenderedPage(
    SourcePage Source,
    string Title,
    string ContentHtml,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<PageLink> Links,
    IReadOnlySet<string> Ids,
    PageFeatures Features,
    bool HasOwnHeading = false);
