using DocSite.Markdown;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Runs the notebooks (or takes their outputs from the cache) and adds their pages, analysed like Markdown
/// pages, and the executed downloads.
/// </summary>
public sealed class ExecuteNotebooks(INotebookPages? notebooks) : IBuildStep
{
    public string Name => "notebooks";

    public async Task<string?> RunAsync(BuildContext context)
    {
        if (context.Notebooks.Count == 0) return null;
        if (notebooks is null)
            throw new InvalidOperationException("this build has notebooks but no notebook engine was configured");

        var result = await notebooks.BuildAsync(context.Notebooks, context).ConfigureAwait(false);
        var analyzer = new PageAnalyzer(MarkdownPipelineFactory.Shared, context.Urls);
        var pages = result.Pages;
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i => analyzer.Analyze(pages[i]));
        context.Pages.AddRange(pages);
        context.Outputs.AddRange(result.Files);
        return null;
    }
}
