using DocSite.Diagnostics;
using DocSite.FromNotebooks;
using DocSite.Pipeline;

namespace DocSite.NotebookCache;

/// <summary><c>clean --cache --unused</c>: keeps exactly the cache entries the site's notebooks, as they are now, use.</summary>
public sealed class CachePruning(BuildLog log)
{
    /// <returns>How many files were deleted.</returns>
    /// <exception cref="BuildFailedException">The sources have errors (the cache is left as it was).</exception>
    public async Task<int> PruneAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var context = await SiteNotebookSources.ReadAsync(options, log, cancellationToken).ConfigureAwait(false);
        var removed = await NotebookEngines.For(context).PruneCacheAsync(context.Notebooks, cancellationToken).ConfigureAwait(false);
        log.Info($"Removed {removed} unused file(s) from the notebook cache; kept those of {context.Notebooks.Count} notebooks");
        return removed;
    }
}
