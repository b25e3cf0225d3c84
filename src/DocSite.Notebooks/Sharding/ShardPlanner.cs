namespace DocSite.Notebooks.Sharding;

/// <summary>
/// Spreads the notebooks that need to run over N shards, longest first, each to the shard with the least work so
/// far (ties: the lower shard). Times come from the cache; a notebook never run counts as the average recorded
/// time (1 s when none is recorded) and comes after the measured ones, in path order. Every shard computes the
/// plan from the same restored cache and sources, and the plan depends on nothing else (not the file system's
/// order, not the machine), so every shard agrees on it.
/// </summary>
public static class ShardPlanner
{
    private const double EstimateWithoutRecords = 1.0;

    public static ShardPlan Plan(IReadOnlyList<NotebookCacheState> notebooks, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(notebooks);
        ArgumentOutOfRangeException.ThrowIfLessThan(shardCount, 1);
        var toRun = notebooks.Where(n => !n.Cached).ToList();
        var recorded = toRun.Where(n => n.RecordedSeconds is not null)
            .OrderByDescending(n => n.RecordedSeconds)
            .ThenBy(n => n.SourcePath, StringComparer.Ordinal)
            .Select(n => new PlannedNotebook(n.SourcePath, n.RecordedSeconds!.Value, Recorded: true))
            .ToList();
        var estimate = recorded.Count > 0 ? recorded.Average(n => n.EstimatedSeconds) : EstimateWithoutRecords;
        var neverRun = toRun.Where(n => n.RecordedSeconds is null)
            .OrderBy(n => n.SourcePath, StringComparer.Ordinal)
            .Select(n => new PlannedNotebook(n.SourcePath, estimate, Recorded: false));

        var shards = Enumerable.Range(0, shardCount).Select(_ => new List<PlannedNotebook>()).ToArray();
        var load = new double[shardCount];
        foreach (var notebook in recorded.Concat(neverRun))
        {
            var lightest = Array.IndexOf(load, load.Min());
            shards[lightest].Add(notebook);
            load[lightest] += notebook.EstimatedSeconds;
        }

        var cached = notebooks.Where(n => n.Cached).Select(n => n.SourcePath).Order(StringComparer.Ordinal).ToList();
        return new ShardPlan(shards, cached);
    }
}
