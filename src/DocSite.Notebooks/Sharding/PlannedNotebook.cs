namespace DocSite.Notebooks.Sharding;

/// <summary>A notebook a shard runs, and what the plan expects it to take.</summary>
/// <param name="EstimatedSeconds">Its recorded time, or for one never run, the estimate the plan used.</param>
/// <param name="Recorded">Whether <paramref name="EstimatedSeconds"/> was measured (else estimated).</param>
public sealed record PlannedNotebook(string SourcePath, double EstimatedSeconds, bool Recorded);
