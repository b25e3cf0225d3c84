using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocSite.Markdown.Highlighting;

/// <summary>Replaces Markdig's code block renderer with one that colours fenced code at build time.</summary>
public sealed class HighlightingExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var plain = html.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (plain is null) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(plain));
    }
}
