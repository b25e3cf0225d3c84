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
    /// <param name="source">The Markdown the document was parsed from (its spans point into it).</param>
    public static List<LiteralInline> Runs(MarkdownDocument document, string source)
    {
        var runs = new List<LiteralInline>();
        // A leaf block's own inline container is not among the document's descendants.
        var containers = document.Descendants<LeafBlock>().Where(b => b.Inline is not null)
            .SelectMany(b => b.Inline!.Descendants<ContainerInline>().Prepend(b.Inline!)).ToList();
        foreach (var container in containers)
        {
            if (container is LinkInline || container.FindParentOfType<LinkInline>().Any()) continue;
            LiteralInline? previous = null;
            for (var inline = container.FirstChild; inline is not null;)
            {
                var next = inline.NextSibling;
                if (inline is LiteralInline literal && IsPlain(literal, source))
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

    // An escape (\@) or entity reads differently in the source than in the text: never part of a citation. The
    // last literal of a table cell keeps the spaces before the closing pipe in its span, but not in its text.
    private static bool IsPlain(LiteralInline literal, string source)
    {
        var (start, length) = (literal.Span.Start, literal.Content.Length);
        if (start < 0 || literal.Span.End >= source.Length || literal.Span.Length < length) return false;
        return source.AsSpan(start, length).SequenceEqual(literal.Content.AsSpan())
            && source.AsSpan(start + length, literal.Span.Length - length).IsWhiteSpace();
    }

    private static IEnumerable<T> FindParentOfType<T>(this Inline inline) where T : Inline
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is T match) yield return match;
    }
}
