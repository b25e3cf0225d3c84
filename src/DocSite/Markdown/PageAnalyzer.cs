using System.Text;
using System.Text.RegularExpressions;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Urls;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Mathematics;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Markdown;

/// <summary>
/// Parses a page's Markdown with the site's one pipeline and learns from the syntax trees what later steps
/// need: title, headings, the ids anchors may target, internal links (rewritten to their pages' URLs), and the
/// features the page uses.
/// </summary>
public sealed partial class PageAnalyzer(MarkdownPipeline pipeline, SiteUrls urls)
{
    /// <exception cref="BuildFailedException">MD001: Markdown nested deeper than the parser allows.</exception>
    public void Analyze(Page page)
    {
        var headings = new List<Heading>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<PageLink>();
        var languages = new HashSet<string>(page.CodeLanguages, StringComparer.Ordinal);
        var features = page.Features;
        foreach (var block in page.Blocks)
        {
            if (block is HtmlFragment fragment)
            {
                AddIdsInHtml(fragment.Html, ids);
                continue;
            }
            var markdown = (MarkdownBlock)block;
            var document = markdown.Document ??= Parse(markdown, page.SourcePath);
            links.AddRange(RewriteLinks(document, page.SourcePath, markdown));
            headings.AddRange(HeadingsOf(document));
            AddIds(document, ids);
            foreach (var code in document.Descendants<FencedCodeBlock>())
            {
                if (!string.IsNullOrWhiteSpace(code.Info)) languages.Add(code.Info.Trim().ToLowerInvariant());
            }
            if (document.Descendants<MathInline>().Any() || document.Descendants<MathBlock>().Any()) features |= PageFeatures.Math;
        }

        page.Headings = headings;
        page.Ids = ids;
        page.Links = links;
        page.CodeLanguages = languages;
        page.Features = features;
        page.HasOwnHeading = page.Blocks is [MarkdownBlock { Document: [HeadingBlock { Level: 1 }, ..] }, ..];
        page.Title = page.FrontMatter.Title ?? headings.FirstOrDefault()?.Text ?? Path.GetFileNameWithoutExtension(page.SourcePath);
    }

    // Markdig refuses input nested deeper than its limit (it would overflow the stack) with an ArgumentException.
    private MarkdownDocument Parse(MarkdownBlock block, string sourcePath)
    {
        try
        {
            return Markdig.Markdown.Parse(block.Text, pipeline);
        }
        catch (ArgumentException e)
        {
            var line = block.FirstLine - 1 + NestingDepth.DeepestLine(block.Text);
            throw new BuildFailedException(new BuildDiagnostic(sourcePath, line, null, DiagnosticCodes.MarkdownTooDeep,
                $"the Markdown cannot be parsed: {e.Message}", block.Cell));
        }
    }

    // Links name source files, as editors do; the page links to what those sources are published as.
    private List<PageLink> RewriteLinks(MarkdownDocument document, string sourcePath, MarkdownBlock block)
    {
        var links = new List<PageLink>();
        foreach (var link in document.Descendants<LinkInline>())
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
            if (string.IsNullOrEmpty(url) || LinkTarget.IsExternal(url)) continue;

            var (target, anchor) = LinkTarget.Resolve(sourcePath, url);
            links.Add(new PageLink(block.FirstLine + link.Line, link.Column + 1, url, target ?? url, anchor, block.Cell));
            if (target is null) continue;

            var output = urls.OutputPathOf(target);
            if (output is null) continue;
            link.Url = target == sourcePath && anchor is not null
                ? "#" + Uri.EscapeDataString(anchor)
                : urls.UrlOf(output) + (anchor is null ? "" : "#" + Uri.EscapeDataString(anchor));
        }
        return links;
    }

    /// <summary>The headings that have ids, with their text as the syntax tree has it now.</summary>
    public static List<Heading> HeadingsOf(MarkdownDocument document)
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

    // Ids Markdig gives elements (headings, {#id} attributes), the ones its footnote renderer writes, and any raw HTML's.
    private static void AddIds(MarkdownDocument document, HashSet<string> ids)
    {
        foreach (var node in document.Descendants())
        {
            switch (node)
            {
                case Footnote footnote: ids.Add($"fn:{footnote.Order}"); break;
                case FootnoteLink { IsBackLink: false } link: ids.Add($"fnref:{link.Index}"); break;
                case Markdig.Syntax.HtmlBlock html: AddIdsInHtml(html.Lines.ToString(), ids); break;
                case HtmlInline html: AddIdsInHtml(html.Tag, ids); break;
            }
            if (node.TryGetAttributes()?.Id is { } id) ids.Add(id);
        }
    }

    private static void AddIdsInHtml(string html, HashSet<string> ids)
    {
        foreach (Match match in IdAttribute().Matches(html))
            ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value));
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

    [GeneratedRegex("""\sid="([^"]+)"|\sid='([^']+)'""")]
    private static partial Regex IdAttribute();
}
