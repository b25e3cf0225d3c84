using System.Text;
using DocSite.Diagnostics;
using DocSite.Documents;
using Markdig;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Markdown;

/// <summary>
/// Renders Markdown with the site's single pipeline, rewriting links to sources into links to their pages
/// and recording them for the link check.
/// </summary>
public sealed class MarkdownRenderer(MarkdownPipeline pipeline, SiteUrls urls)
{
    /// <param name="markdown">The text to render.</param>
    /// <param name="sourcePath">The file it comes from, relative to the site root; links resolve from its folder.</param>
    /// <param name="firstLine">The 1-based line of the file (or cell) where <paramref name="markdown"/> starts.</param>
    /// <param name="cell">The notebook cell the text comes from, if it does.</param>
    public RenderedMarkdown Render(string markdown, string sourcePath, int firstLine = 1, int? cell = null)
    {
        var document = Parse(markdown, sourcePath, firstLine, cell);
        var links = RewriteLinks(document, sourcePath, firstLine, cell);

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();

        var features = document.Descendants<MathInline>().Any() || document.Descendants<MathBlock>().Any()
            ? PageFeatures.Math
            : PageFeatures.None;
        // A page that opens with `# heading` shows that heading; the layout must not add a second <h1>.
        var opensWithTitleHeading = document.Count > 0 && document[0] is HeadingBlock { Level: 1 };
        return new RenderedMarkdown(writer.ToString(), ReadHeadings(document), links, features, opensWithTitleHeading);
    }

    // Markdig refuses input nested deeper than its limit (it would overflow the stack) with an ArgumentException.
    private MarkdownDocument Parse(string markdown, string sourcePath, int firstLine, int? cell)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, pipeline);
        }
        catch (ArgumentException e)
        {
            var line = firstLine - 1 + NestingDepth.DeepestLine(markdown);
            throw new BuildFailedException(new BuildDiagnostic(sourcePath, line, null, DiagnosticCodes.MarkdownTooDeep,
                $"the Markdown cannot be parsed: {e.Message}", cell));
        }
    }

    private List<PageLink> RewriteLinks(MarkdownDocument document, string sourcePath, int firstLine, int? cell)
    {
        var links = new List<PageLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (string.IsNullOrEmpty(url) || LinkTarget.IsExternal(url)) continue;

            var (target, anchor) = LinkTarget.Resolve(sourcePath, url);
            links.Add(new PageLink(firstLine + link.Line, link.Column + 1, url, target ?? url, anchor, cell));
            if (target is null) continue;

            var output = urls.OutputPathOf(target);
            if (output is null) continue;
            link.Url = target == sourcePath && anchor is not null
                ? "#" + Uri.EscapeDataString(anchor)
                : urls.UrlOf(output) + (anchor is null ? "" : "#" + Uri.EscapeDataString(anchor));
        }
        return links;
    }

    private static List<Heading> ReadHeadings(MarkdownDocument document)
    {
        var headings = new List<Heading>();
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var id = heading.TryGetAttributes()?.Id;
            if (id is null) continue;
            var text = new StringBuilder();
            AppendText(heading.Inline, text);
            headings.Add(new Heading(heading.Level, id, text.ToString().Trim()));
        }
        return headings;
    }

    private static void AppendText(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case MathInline math: text.Append(math.Content.AsSpan()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline child: AppendText(child, text); break;
            }
        }
    }
}
