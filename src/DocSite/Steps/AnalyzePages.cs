using DocSite.Markdown;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Parses every Markdown page and learns its title, headings, ids, links and features from the syntax tree.</summary>
public sealed class AnalyzePages : IBuildStep
{
    public string Name => "parse";

    public Task<string?> RunAsync(BuildContext context)
    {
        var analyzer = new PageAnalyzer(MarkdownPipelineFactory.Shared, context.Urls);
        var pages = context.Pages;
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i => analyzer.Analyze(pages[i]));
        return Task.FromResult<string?>($"{pages.Count} pages");
    }
}
