namespace DocSite.Notebooks.Caching;

/// <summary>The first line of a cache file: what it was written for, and the size and SHA-256 of the payload after it.</summary>
internal sealed record CacheHeader(int Format, string Key, long Length, string Sha256);
