namespace DocSite.Notebooks;

/// <summary>Where a notebook stands with the cache: its current key, whether outputs are stored under it, and how long it last ran.</summary>
/// <param name="SourcePath">Relative to the site root, '/' separators.</param>
/// <param name="Key">The cache key of its current version; null when it cannot be read (the build reports why).</param>
/// <param name="Cached">Outputs for the current version are in the cache: nothing to run.</param>
/// <param name="RecordedSeconds">How long its last execution took (any version), from the cache; null when it never ran here.</param>
public sealed record NotebookCacheState(string SourcePath, string? Key, bool Cached, double? RecordedSeconds);
