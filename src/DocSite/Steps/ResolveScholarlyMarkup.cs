using DocSite.Pipeline;
using DocSite.Scholarly;

namespace DocSite.Steps;

/// <summary>
/// Callouts, numbered figures, tables and equations, cross-references, and citations marked for formatting, in every page
/// that has any (Markdown pages and notebooks' Markdown cells, after the notebooks' results are in).
/// </summary>
public sealed class ResolveScholarlyMarkup : IBuildStep
{
    public string Name => "scholarly";

    public Task<string?> RunAsync(BuildContext context)
    {
        var resolver = new ScholarlyResolver(ScholarlyTerms.From(context.Strings), context.Root, context.Config.Bibliography);
        var pages = context.Pages;
        var citations = new PageCitations?[pages.Count];
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i => citations[i] = resolver.Resolve(pages[i], context.Diagnostics));
        context.Citations.AddRange(citations.OfType<PageCitations>());
        var count = context.Citations.Sum(c => c.Clusters.Count);
        return Task.FromResult<string?>(count == 0 ? null : $"{count} citations in {context.Citations.Count} pages");
    }
}
