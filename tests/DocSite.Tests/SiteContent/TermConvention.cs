using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Tests.SiteContent;

/// <summary>One row of the glossary's table of term conventions: the form the guide uses for a concept, the forms it avoids,
/// and the glossary entry (if any) that links to the concept must name with the preferred form.</summary>
public sealed record TermConvention(string? GlossaryId, string Preferred, IReadOnlyList<string> Avoided)
{
    /// <summary>The id of the glossary heading whose table lists the conventions.</summary>
    public const string SectionId = "term-conventions";

    /// <summary>Reads the first table after the heading <see cref="SectionId"/>: concept (optionally a link to its entry), preferred form, avoided forms separated by "、".</summary>
    public static IReadOnlyList<TermConvention> ReadAll(MarkdownDocument glossary)
    {
        var heading = glossary.Descendants<HeadingBlock>().Single(h => h.TryGetAttributes()?.Id == SectionId);
        var table = glossary.Skip(glossary.IndexOf(heading)).OfType<Table>().First();
        return table.OfType<TableRow>().Where(r => !r.IsHeader).Select(FromRow).ToList();
    }

    private static TermConvention FromRow(TableRow row)
    {
        var concept = (TableCell)row[0];
        var anchor = concept.Descendants<LinkInline>().Select(l => l.Url ?? "").FirstOrDefault(u => u.StartsWith('#'));
        var avoided = PageText.Of((TableCell)row[2]).Split('、', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(form => form != "—")
            .ToList();
        return new TermConvention(anchor?[1..], PageText.Of((TableCell)row[1]).Trim(), avoided);
    }
}
