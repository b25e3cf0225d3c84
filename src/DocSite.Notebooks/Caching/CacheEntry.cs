namespace DocSite.Notebooks.Caching;

/// <summary>What the cache stores for one successful run.</summary>
/// <param name="Cells">One entry per planned cell, in order.</param>
/// <param name="ExecutionMilliseconds">How long the run took (for information).</param>
internal sealed record CacheEntry(IReadOnlyList<CachedCell> Cells, double ExecutionMilliseconds);
