using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Restores the site's npm packages (KaTeX, data sets, map outlines) when node_modules is missing or stale.</summary>
public sealed class RestoreNodePackages : IBuildStep
{
    public string Name => "npm";

    public async Task<string?> RunAsync(BuildContext context)
    {
        await NodePackages.EnsureAsync(context.Root, context.Log, context.CancellationToken).ConfigureAwait(false);
        return null;
    }
}
