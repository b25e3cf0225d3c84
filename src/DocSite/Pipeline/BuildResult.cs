namespace DocSite.Pipeline;

/// <summary>What a successful build produced.</summary>
public sealed record BuildResult(int Pages, int Files, TimeSpan Elapsed);
