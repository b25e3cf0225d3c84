using DocSite.Pipeline;
using DocSite.Steps;

namespace DocSite.NotebookCache;

/// <summary>
/// The first steps of a build, for commands that need the site's notebooks but no pages: the configuration, the
/// npm packages (notebooks declare files in node_modules as inputs, so their cache keys need them) and the sources.
/// </summary>
internal static class SiteNotebookSources
{
    /// <exception cref="Diagnostics.BuildFailedException">The sources have errors.</exception>
    public static async Task<BuildContext> ReadAsync(BuildOptions options, Diagnostics.BuildLog log, CancellationToken cancellationToken)
    {
        var context = new BuildContext(options with { RootDirectory = Path.GetFullPath(options.RootDirectory) }, log, cancellationToken);
        IBuildStep[] steps = [new LoadConfiguration(), new RestoreNodePackages(), new ReadSources()];
        foreach (var step in steps)
        {
            await step.RunAsync(context).ConfigureAwait(false);
            context.Diagnostics.ThrowIfAny();
        }

        return context;
    }
}
