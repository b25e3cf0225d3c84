using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace DocSite.Markdown.Tables;

/// <summary>Wraps Markdig's table renderer (pipe and grid tables) in <see cref="ScrollableTableRenderer"/>.</summary>
public sealed class ScrollableTablesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var table = html.ObjectRenderers.FindExact<HtmlTableRenderer>();
        if (table is null) return;
        html.ObjectRenderers.Replace<HtmlTableRenderer>(new ScrollableTableRenderer(table));
    }
}
