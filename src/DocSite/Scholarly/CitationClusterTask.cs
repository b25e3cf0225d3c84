namespace DocSite.Scholarly;

/// <summary>One citation's works, for Node.</summary>
public sealed record CitationClusterTask(IReadOnlyList<CitationItem> Items);
