using DocSite.Documents;

namespace DocSite.Pipeline;

/// <summary>What was found in the site root: pages to render and files to copy.</summary>
public sealed record SiteSources(IReadOnlyList<SourcePage> Pages, IReadOnlyList<StaticFile> Files, IReadOnlyList<string> Notebooks);
