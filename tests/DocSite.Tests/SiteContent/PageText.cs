using DocSite.Scholarly;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Tests.SiteContent;

/// <summary>The prose a reader sees in a Markdown source, one entry per paragraph, heading or table cell, with its line:
/// the text of literals and link labels, without code, math, URLs, block quotes (quotations are kept verbatim),
/// titles in 《》 (cited as they are) or the keys of citations and cross-references (readers see "[3]", "图 1").</summary>
public static class PageText
{
    /// <summary>The prose of each leaf block of <paramref name="markdown"/>; front matter (if any) counts as one block at line 1.</summary>
    public static IEnumerable<(int Line, string Text)> Blocks(string markdown, MarkdownPipeline pipeline)
    {
        var (frontMatter, body, bodyLine) = SplitFrontMatter(markdown);
        if (frontMatter.Length > 0) yield return (1, frontMatter);

        foreach (var block in Markdig.Markdown.Parse(body, pipeline).Descendants<LeafBlock>())
        {
            if (block.Inline is null || IsInQuote(block)) continue;
            yield return (bodyLine + block.Line, Of(block));
        }
    }

    /// <summary>The prose of one node: its literals in document order, titles in 《》 left out.</summary>
    public static string Of(MarkdownObject node)
    {
        // Markdig's Descendants does not go from a leaf block into its inlines: start from the inlines themselves.
        var literals = node is LeafBlock { Inline: { } inlines } ? inlines.Descendants<LiteralInline>() : node.Descendants<LiteralInline>();
        var text = WithoutAtReferenceKeys(string.Concat(literals.Select(l => l.Content.ToString())));
        return System.Text.RegularExpressions.Regex.Replace(text, "《[^》]*》", "《》");
    }

    // "[@srivastava2014dropout, 第 3 页]" keeps its "[, 第 3 页]": the key is a name for the build, not a word of the text.
    private static string WithoutAtReferenceKeys(string text)
    {
        foreach (var reference in Enumerable.Reverse(AtReferenceScanner.Scan(text)))
        {
            var written = text.Substring(reference.Start, reference.Length);
            foreach (var item in reference.Items) written = written.Replace("@" + item.Key, "", StringComparison.Ordinal);
            text = string.Concat(text.AsSpan(0, reference.Start), written, text.AsSpan(reference.Start + reference.Length));
        }
        return text;
    }

    /// <summary>Every link in the document with its label text.</summary>
    public static IEnumerable<(int Line, string Url, string Label)> Links(string markdown, MarkdownPipeline pipeline)
    {
        var (_, body, bodyLine) = SplitFrontMatter(markdown);
        return Markdig.Markdown.Parse(body, pipeline).Descendants<LinkInline>()
            .Where(l => !l.IsImage)
            .Select(l => (bodyLine + l.Line, l.Url ?? "", Of(l)));
    }

    private static bool IsInQuote(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is QuoteBlock) return true;
        return false;
    }

    // Pages open with "---" front matter that the build reads as YAML, not Markdown; its title and description are prose too.
    private static (string FrontMatter, string Body, int BodyLine) SplitFrontMatter(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) return ("", text, 1);
        var end = text.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        if (end < 0) return ("", text, 1);
        var frontMatter = text[4..end];
        return (frontMatter, text[(end + 5)..], frontMatter.Count(c => c == '\n') + 4);
    }
}
