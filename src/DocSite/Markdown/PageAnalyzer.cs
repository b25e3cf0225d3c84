using System.Text;
using System.Text.RegularExpressions;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Urls;
using Markdig;
using Markdig.Extensions.Alerts;
using Markdig.Extensions.CustomContainers;
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
        var found = new Findings(page);
        foreach (var block in page.Blocks)
        {
            if (block is HtmlFragment fragment)
            {
                AddIdsInHtml(fragment.Html, found.Ids);
                continue;
            }
            var markdown = (MarkdownBlock)block;
            markdown.Document ??= Parse(markdown, page.SourcePath);
            // One walk over the syntax tree: a large site spends most of its analysis time walking.
            foreach (var node in markdown.Document.Descendants()) Visit(node, page.SourcePath, markdown, found);
        }

        page.Headings = found.Headings;
        page.Ids = found.Ids;
        page.Links = found.Links;
        page.CodeLanguages = found.Languages;
        page.Features = found.Features;
        page.HasOwnHeading = page.Blocks is [MarkdownBlock { Document: [HeadingBlock { Level: 1 }, ..] }, ..];
        page.Title = page.FrontMatter.Title ?? found.Headings.FirstOrDefault()?.Text ?? Path.GetFileNameWithoutExtension(page.SourcePath);
    }

    private void Visit(MarkdownObject node, string sourcePath, MarkdownBlock block, Findings found)
    {
        switch (node)
        {
            case HeadingBlock headingBlock when HeadingOf(headingBlock) is { } heading:
                found.Headings.Add(heading);
                break;
            case LinkInline link when RewriteLink(link, sourcePath, block) is { } pageLink:
                found.Links.Add(pageLink);
                break;
            case FencedCodeBlock code when code.Info == NotebookResultMarkers.BlockInfo:
                found.Features |= PageFeatures.NotebookResults;
                break;
            case FencedCodeBlock code when !string.IsNullOrWhiteSpace(code.Info):
                found.Languages.Add(code.Info.Trim().ToLowerInvariant());
                break;
            case CodeInline code when code.Content.StartsWith(NotebookResultMarkers.InlinePrefix, StringComparison.Ordinal):
                found.Features |= PageFeatures.NotebookResults;
                break;
            case MathInline or MathBlock:
                found.Features |= PageFeatures.Math;
                break;
            case AlertBlock or CustomContainer:
            case LiteralInline literal when literal.Content.IndexOf('@') >= 0:
                found.Features |= PageFeatures.Scholarly;
                break;
            // The ids Markdig's footnote renderer writes.
            case Footnote footnote:
                found.Ids.Add($"fn:{footnote.Order}");
                break;
            case FootnoteLink { IsBackLink: false } footnoteLink:
                found.Ids.Add($"fnref:{footnoteLink.Index}");
                break;
            case Markdig.Syntax.HtmlBlock html:
                AddIdsInHtml(html.Lines.ToString(), found.Ids);
                break;
            case HtmlInline html:
                AddIdsInHtml(html.Tag, found.Ids);
                break;
        }
        // Ids Markdig gives elements: headings, {#id} attributes.
        if (node.TryGetAttributes()?.Id is { } elementId)
        {
            found.Ids.Add(elementId);
            if (Scholarly.Labels.IsLabel(elementId)) found.Features |= PageFeatures.Scholarly;
        }
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
    private PageLink? RewriteLink(LinkInline link, string sourcePath, MarkdownBlock block)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (string.IsNullOrEmpty(url) || LinkTarget.IsExternal(url)) return null;

        var (target, anchor) = LinkTarget.Resolve(sourcePath, url);
        if (target is not null && urls.OutputPathOf(target) is { } output)
        {
            link.Url = target == sourcePath && anchor is not null
                ? "#" + Uri.EscapeDataString(anchor)
                : urls.UrlOf(output) + (anchor is null ? "" : "#" + Uri.EscapeDataString(anchor));
        }
        return new PageLink(block.FirstLine + link.Line, link.Column + 1, url, target ?? url, anchor, block.Cell);
    }

    private static void AddIdsInHtml(string html, HashSet<string> ids)
    {
        foreach (Match match in IdAttribute().Matches(html))
            ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value));
    }

    /// <summary>The headings that have ids, with their text as the syntax tree has it now.</summary>
    public static List<Heading> HeadingsOf(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(HeadingOf).OfType<Heading>().ToList();

    // Only headings with an id (all of them, with auto-identifiers on) can be linked to or listed.
    private static Heading? HeadingOf(HeadingBlock heading) =>
        heading.TryGetAttributes()?.Id is { } id ? new Heading(heading.Level, id, TextOf(heading.Inline)) : null;

    private static string TextOf(ContainerInline? inline)
    {
        var text = new StringBuilder();
        AppendText(inline, text);
        return text.ToString().Trim();
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

    /// <summary>What one page's walk collects.</summary>
    private sealed class Findings(Page page)
    {
        public List<Heading> Headings { get; } = [];
        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);
        public List<PageLink> Links { get; } = [];
        public HashSet<string> Languages { get; } = new(page.CodeLanguages, StringComparer.Ordinal);
        public PageFeatures Features { get; set; } = page.Features;
    }
}
