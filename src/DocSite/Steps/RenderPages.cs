using DocSite.Markdown;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Renders every page not rendered yet (those whose trees later steps changed) to its content HTML, in parallel.</summary>
public sealed class RenderPages : IBuildStep
{
    public string Name => "render";

    public Task<string?> RunAsync(BuildContext context)
    {
        var pages = context.Pages;
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics,
            i => pages[i].ContentHtml ??= PageHtml.Render(pages[i], MarkdownPipelineFactory.Shared, context.Strings["table_region"]));
        return Task.FromResult<string?>($"{pages.Count} pages");
    }
}
