using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Parses every Markdown page and learns its title, headings, ids, links and features from the syntax tree.
/// A page no later step changes is rendered at once (see <see cref="Documents.PageFeatures.EditedAfterAnalysis"/>).
/// </summary>
public sealed class AnalyzePages : IBuildStep
{
    public string Name => "parse";

    public Task<string?> RunAsync(BuildContext context)
    {
        Analyze(context.Pages, context);
        return Task.FromResult<string?>($"{context.Pages.Count} pages");
    }

    /// <summary>Analyses <paramref name="pages"/> (also pages added later, such as notebooks') and renders those no later step changes.</summary>
    public static void Analyze(IReadOnlyList<Page> pages, BuildContext context)
    {
        var analyzer = new PageAnalyzer(MarkdownPipelineFactory.Shared, context.Urls);
        var editedLater = PageHtml.EditedLater(context.Root);
        var tableLabel = context.Strings["table_region"];
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i =>
        {
            analyzer.Analyze(pages[i]);
            PageHtml.RenderUnlessEditedLater(pages[i], MarkdownPipelineFactory.Shared, editedLater, tableLabel);
        });
    }
}
