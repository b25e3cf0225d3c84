using DocSite.Documents;

namespace DocSite.Markdown;

/// <summary>The HTML of a piece of Markdown and what was learnt while rendering it.</summary>
public sealed record RenderedMarkdown(
    string Html,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<PageLink> Links,
    PageFeatures Features,
    bool OpensWithTitleHeading = false);
