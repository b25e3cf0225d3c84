using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocSite.Markdown.Highlighting;

/// <summary>Renders fenced code as <c>&lt;pre class="highlight"&gt;</c> with coloured spans, every code block focusable; other blocks as before.</summary>
public sealed class HighlightedCodeBlockRenderer(CodeBlockRenderer plain) : HtmlObjectRenderer<CodeBlock>
{
    protected override void Write(HtmlRenderer renderer, CodeBlock block)
    {
        // Code scrolls sideways: tabindex lets keyboard users reach it and scroll it.
        if (block is not FencedCodeBlock fenced || string.IsNullOrWhiteSpace(fenced.Info))
        {
            if (block.GetType() != typeof(CodeBlock) && block.GetType() != typeof(FencedCodeBlock))
            {
                plain.Write(renderer, block);
                return;
            }
            renderer.EnsureLine();
            renderer.Write("<pre tabindex=\"0\"><code").WriteAttributes(block).Write('>');
            renderer.WriteLeafRawLines(block, true, true);
            renderer.WriteLine("</code></pre>");
            return;
        }
        var code = block.Lines.ToString();
        renderer.EnsureLine();
        renderer.Write("<pre class=\"highlight\" tabindex=\"0\"><code class=\"").Write(CodeHighlighter.LanguageClass(fenced.Info)).Write("\">");
        renderer.Write(CodeHighlighter.ToHtml(code, fenced.Info));
        renderer.WriteLine("</code></pre>");
    }
}
