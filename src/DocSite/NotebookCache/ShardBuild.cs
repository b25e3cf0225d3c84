using DocSite.Diagnostics;
using DocSite.FromNotebooks;
using DocSite.Notebooks.Sharding;
using DocSite.Pipeline;

namespace DocSite.NotebookCache;

/// <summary>
/// <c>build --shard K/N</c>: runs the notebooks of shard K only, into the cache, and writes no site. Every shard
/// plans from the same sources and restored cache (<see cref="ShardPlanner"/>), so together they run each
/// notebook that is not cached exactly once; a final <c>build --no-execute</c> over their merged caches makes the site.
/// </summary>
public sealed class ShardBuild(BuildLog log)
{
    /// <param name="dryRun">Print the plan of every shard and run nothing.</param>
    /// <exception cref="BuildFailedException">The sources have errors, or a notebook of this shard failed.</exception>
    public async Task<ShardPlan> RunAsync(BuildOptions options, Shard shard, bool dryRun, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shard);
        var context = await SiteNotebookSources.ReadAsync(options, log, cancellationToken).ConfigureAwait(false);
        var engine = NotebookEngines.For(context);
        var plan = ShardPlanner.Plan(await engine.InspectCacheAsync(context.Notebooks, cancellationToken).ConfigureAwait(false), shard.Count);
        if (dryRun)
        {
            log.Info(plan.Describe().TrimEnd('\n'));
            return plan;
        }

        var mine = plan.NotebooksOf(shard).Select(n => n.SourcePath).ToList();
        log.Info($"shard {shard}: {mine.Count} of {context.Notebooks.Count} notebooks to run ({plan.Cached.Count} cached)");
        var runs = await engine.RunAsync(mine, cancellationToken).ConfigureAwait(false);
        foreach (var error in runs.SelectMany(r => r.Errors)) context.Diagnostics.Add(error);
        context.Diagnostics.ThrowIfAny();
        return plan;
    }
}
