using DocSite.Charts;
using DocSite.Pipeline;
using DocSite.Results;

namespace DocSite.Steps;

/// <summary>
/// Puts the notebooks' published results into the pages that use them (Markdown pages and notebooks' own
/// Markdown cells) and checks the pages' claims about them. It runs after a notebook failed too, so that each
/// page using that notebook says so.
/// </summary>
public sealed class ResolveNotebookResults : IBuildStep
{
    public string Name => "results";

    public bool RunsAfterErrors => true;

    public Task<string?> RunAsync(BuildContext context)
    {
        // After errors that are not failed notebooks (the engine could not run at all), every use would be noise.
        if (context.Diagnostics.Count > 0 && context.FailedNotebooks.Count == 0) return Task.FromResult<string?>(null);

        var resolver = new ResultResolver(context.NotebookResults, context.FailedNotebooks, ResultFormatter.CultureOf(context.Config.Language),
            context.Strings["output_region"], ChartLabels.From(context.Strings));
        var pages = context.Pages;
        var uses = new int[pages.Count];
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i => uses[i] = resolver.Resolve(pages[i], context.Diagnostics));
        var total = uses.Sum();
        return Task.FromResult<string?>(total == 0 ? null : $"{total} uses of notebook results");
    }
}
