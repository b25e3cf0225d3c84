using Markdig.Extensions.Tables;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Scholarly;

/// <summary>
/// The plain text of a syntax tree where citations and cross-references may stand: literal inlines outside links,
/// code and math. Markdig splits "[@a]" into "[", "@a" and "]"; these are joined first, so each run is one literal.
/// </summary>
public static class PlainText
{
    /// <summary>The document's literal runs (each one line of text), joined; a list, so callers may replace them.</summary>
    public static List<LiteralInline> Runs(MarkdownDocument document)
    {
        var runs = new List<LiteralInline>();
        // A leaf block's own inline container is not among the document's descendants.
        var containers = document.Descendants<LeafBlock>().Where(b => b.Inline is not null)
            .SelectMany(b => b.Inline!.Descendants<ContainerInline>().Prepend(b.Inline!).Select(c => (Block: b, Container: c))).ToList();
        foreach (var (block, container) in containers)
        {
            var inTableCell = block.Parent is TableCell;
            if (container is LinkInline || container.FindParentOfType<LinkInline>().Any()) continue;
            LiteralInline? previous = null;
            for (var inline = container.FirstChild; inline is not null;)
            {
                var next = inline.NextSibling;
                if (inline is LiteralInline literal && IsPlain(inTableCell ? TrimSpan(literal) : literal))
                {
                    if (previous is not null && previous.Span.End + 1 == literal.Span.Start)
                    {
                        previous.Content = new StringSlice(previous.Content.ToString() + literal.Content.ToString());
                        previous.Span = new SourceSpan(previous.Span.Start, literal.Span.End);
                        literal.Remove();
                    }
                    else
                    {
                        previous = literal;
                        runs.Add(literal);
                    }
                }
                else
                {
                    previous = null;
                }
                inline = next;
            }
        }
        return runs;
    }

    /// <summary>
    /// Replaces <paramref name="length"/> characters at <paramref name="start"/> of <paramref name="run"/> with
    /// <paramref name="replacement"/>; returns the literal holding the text after it (empty if none).
    /// </summary>
    public static LiteralInline Replace(LiteralInline run, int start, int length, Inline replacement)
    {
        var text = run.Content.ToString();
        var after = new LiteralInline(text[(start + length)..])
        {
            Line = run.Line,
            Column = run.Column + start + length,
            Span = new SourceSpan(run.Span.Start + start + length, run.Span.End),
        };
        replacement.Line = run.Line;
        replacement.Column = run.Column + start;
        run.Content = new StringSlice(text[..start]);
        run.Span = new SourceSpan(run.Span.Start, run.Span.Start + start - 1);
        run.InsertAfter(replacement);
        replacement.InsertAfter(after);
        return after;
    }

    // An escape (\@) or entity is a literal longer in the source than in the text: never part of a citation.
    private static bool IsPlain(LiteralInline literal) => literal.Span.Length == literal.Content.Length;

    // Markdig trims the spaces around a table cell's text but leaves its span over them, which would make the
    // cell's first and last literals look like escapes: the span (and column) shrink to the text they hold.
    private static LiteralInline TrimSpan(LiteralInline literal)
    {
        var extra = literal.Span.Length - literal.Content.Length;
        if (extra <= 0) return literal;
        var (text, start, end) = (literal.Content.Text, literal.Content.Start, literal.Content.End);
        var leading = 0;
        while (leading < extra && start - leading - 1 >= 0 && char.IsWhiteSpace(text[start - leading - 1])) leading++;
        for (var i = 1; i <= extra - leading; i++)
            if (end + i >= text.Length || !char.IsWhiteSpace(text[end + i])) return literal;
        literal.Span = new SourceSpan(literal.Span.Start + leading, literal.Span.End - (extra - leading));
        literal.Column += leading;
        return literal;
    }

    private static IEnumerable<T> FindParentOfType<T>(this Inline inline) where T : Inline
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is T match) yield return match;
    }
}
