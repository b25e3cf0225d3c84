using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocSite.Markdown.Highlighting;

/// <summary>Renders fenced code as <c>&lt;pre class="highlight"&gt;</c> with coloured spans; other blocks as before.</summary>
public sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        if (block is not FencedCodeBlock fenced || string.IsNullOrWhiteSpace(fenced.Info))
        {
            plain.Write(renderer, block);
            return;
        }
        var code = block.Lines.ToString();
        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\"><code class=\"").Write(CodeHighlighter.LanguageClass(fenced.Info)).Write("\">");
        renderer.Write(CodeHighlighter.ToHtml(code, fenced.Info));
        renderer.WriteLine("</code></pre>");
    }
}
