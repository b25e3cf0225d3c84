namespace DocSite.Scholarly;

/// <summary>One page's citations for Node: the index of its BibTeX file, and each citation's works in order.</summary>
public sealed record CitationPageTask(int Bibliography, IReadOnlyList<CitationClusterTask> Clusters);
