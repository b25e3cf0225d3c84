namespace DocSite.Scholarly;

/// <summary>One page's formatted citations (HTML, in order), the keys of each that the BibTeX file lacks, and the bibliography's HTML.</summary>
public sealed record CitationPageResult(IReadOnlyList<string> Clusters, IReadOnlyList<IReadOnlyList<string>> Unknown, string Bibliography);
