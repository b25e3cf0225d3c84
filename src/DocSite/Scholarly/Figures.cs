using System.Net;
using DocSite.Diagnostics;
using DocSite.Documents;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Mathematics;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Scholarly;

/// <summary>
/// Numbers a page's labelled figures and tables, in order, and gives each a <c>&lt;figure&gt;</c> with its caption:
/// an image alone in its paragraph with <c>{#fig-…}</c> (its alt text is the caption); a div
/// <c>::: {#fig-…}</c> or <c>::: {#tbl-…}</c> around anything (a chart from a notebook, a table), whose last
/// paragraph is the caption; or a table followed by Quarto's caption line <c>: Caption {#tbl-…}</c>. Labelled
/// display formulas (<c>$$ … $$ {#eq-…}</c>) are numbered too, "(1)" at their right.
/// </summary>
public sealed class Figures(Page page, ScholarlyTerms terms, DiagnosticBag diagnostics)
{
    private int _figures;
    private int _tables;
    private int _equations;

    // The parser a display block made from a one-line "$$…$$" names as its own, as a parsed one would.
    private static readonly MathBlockParser MathParser = new();

    public Dictionary<string, NumberedTarget> Targets { get; } = new(StringComparer.Ordinal);

    public void Number(MarkdownBlock block)
    {
        foreach (var node in block.Document!.Descendants().ToList())
        {
            switch (node)
            {
                case CustomContainer div when div.TryGetAttributes()?.Id is { } id && Labels.IsLabel(id):
                    if (Add(id, block, div) is { } divNumber) WrapDiv(div, id, divNumber);
                    break;
                case ParagraphBlock paragraph when LoneImage(paragraph) is { } image && image.GetAttributes().Id is { } id && Labels.IsFigure(id):
                    if (Add(id, block, image) is { } imageNumber) WrapImage(paragraph, image, id, imageNumber);
                    break;
                case Table table when CaptionAfter(table) is var (caption, id):
                    if (Add(id, block, caption) is { } tableNumber) WrapTable(table, caption, id, tableNumber);
                    break;
                case MathBlock math when math.TryGetAttributes() is { Id: { } id } attributes && Labels.IsEquation(id):
                    if (Add(id, block, attributes) is { } mathNumber) WrapEquation(math, math, id, mathNumber);
                    break;
                case ParagraphBlock paragraph when paragraph.TryGetAttributes() is { Id: { } id } attributes && Labels.IsEquation(id)
                                                   && LoneDisplayMath(paragraph) is { } formula:
                    if (Add(id, block, attributes) is { } formulaNumber) WrapEquation(paragraph, DisplayBlock(formula), id, formulaNumber);
                    break;
            }
        }
    }

    // XREF002 for a label given twice; the first keeps it.
    private int? Add(string id, MarkdownBlock block, MarkdownObject node)
    {
        if (Targets.ContainsKey(id))
        {
            diagnostics.Add(new BuildDiagnostic(page.SourcePath, block.FirstLine + node.Line, node.Column + 1, DiagnosticCodes.DuplicateLabel,
                $"the label `{id}` is given twice in this page; each figure, table or equation needs a label of its own", block.Cell));
            return null;
        }
        var number = Labels.IsEquation(id) ? ++_equations : Labels.IsTable(id) ? ++_tables : ++_figures;
        Targets[id] = new NumberedTarget(id, number);
        return number;
    }

    private void WrapDiv(CustomContainer div, string id, int number)
    {
        var content = div.ToList();
        div.Clear();
        ParagraphBlock? caption = content is [.., ParagraphBlock last] && content.Count > 1 ? last : null;
        if (caption is not null) content.Remove(caption);
        var blocks = new List<Block> { RawHtml.Block(Open(id)) };
        if (Labels.IsTable(id) && caption is not null) blocks.AddRange(Caption(caption, id, number));
        blocks.AddRange(content);
        if (!Labels.IsTable(id) && caption is not null) blocks.AddRange(Caption(caption, id, number));
        if (caption is null) blocks.Add(RawHtml.Block($"<figcaption>{WebUtility.HtmlEncode(terms.Name(id, number))}</figcaption>"));
        blocks.Add(RawHtml.Block("</figure>"));
        ReplaceBy(div, blocks);
    }

    private void WrapImage(ParagraphBlock paragraph, LinkInline image, string id, int number)
    {
        image.GetAttributes().Id = null;
        var caption = WebUtility.HtmlEncode($"{terms.Name(id, number)}{terms.CaptionSeparator}{TextOf(image)}");
        ReplaceBy(paragraph, [RawHtml.Block(Open(id)), paragraph, RawHtml.Block($"<figcaption>{caption}</figcaption></figure>")]);
    }

    private void WrapTable(Table table, ParagraphBlock caption, string id, int number)
    {
        // The caption paragraph follows the table: it becomes the figure's caption, above the table.
        caption.Parent!.Remove(caption);
        if (caption.Inline?.FirstChild is LiteralInline colon) colon.Content = new Markdig.Helpers.StringSlice(colon.Content.ToString().TrimStart(':', ' '));
        caption.GetAttributes().Id = null;
        RemoveTrailingAttributes(caption);
        ReplaceBy(table, [RawHtml.Block(Open(id)), .. Caption(caption, id, number), table, RawHtml.Block("</figure>")]);
    }

    // The formula, then its number; the wrapper carries the label, so the block's own id goes.
    private static void WrapEquation(Block labelled, MathBlock formula, string id, int number)
    {
        labelled.GetAttributes().Id = null;
        formula.GetAttributes().Id = null;
        ReplaceBy(labelled, [
            RawHtml.Block($"<div id=\"{WebUtility.HtmlEncode(id)}\" class=\"numbered-equation\">"),
            formula,
            RawHtml.Block($"<span class=\"equation-number\">{ScholarlyTerms.EquationNumber(number)}</span></div>"),
        ]);
    }

    // "$$ a^2 + b^2 = c^2 $$ {#eq-x}" on a line of its own is a paragraph holding one displayed formula.
    private static MathInline? LoneDisplayMath(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return inlines is [MathInline { DelimiterCount: > 1 } formula] ? formula : null;
    }

    // The same display block a "$$" fence gives, where the formula stood (for errors in its TeX).
    private static MathBlock DisplayBlock(MathInline formula)
    {
        var block = new MathBlock(MathParser) { Line = formula.Line, Column = formula.Column };
        var tex = formula.Content;
        block.AppendLine(ref tex, formula.Column, formula.Line, formula.Span.Start, trackTrivia: false);
        return block;
    }

    private IEnumerable<Block> Caption(ParagraphBlock caption, string id, int number)
    {
        var name = new LiteralInline($"{terms.Name(id, number)}{terms.CaptionSeparator}");
        if (caption.Inline?.FirstChild is { } first) first.InsertBefore(name);
        else caption.Inline?.AppendChild(name);
        yield return RawHtml.Block("<figcaption>");
        yield return caption;
        yield return RawHtml.Block("</figcaption>");
    }

    private static string Open(string id) =>
        $"<figure id=\"{WebUtility.HtmlEncode(id)}\" class=\"{(Labels.IsTable(id) ? "numbered-table" : "numbered-figure")}\">";

    private static void ReplaceBy(Block block, IReadOnlyList<Block> blocks)
    {
        var parent = block.Parent!;
        var index = parent.IndexOf(block);
        parent.RemoveAt(index);
        for (var i = 0; i < blocks.Count; i++) parent.Insert(index + i, blocks[i]);
    }

    private static LinkInline? LoneImage(ParagraphBlock paragraph)
    {
        var inlines = paragraph.Inline?.Where(i => i is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()).ToList();
        return inlines is [LinkInline { IsImage: true } image] ? image : null;
    }

    // Quarto's table caption: a paragraph ": Caption {#tbl-x}" right after the table.
    private static (ParagraphBlock Caption, string Id)? CaptionAfter(Table table)
    {
        var parent = table.Parent!;
        var index = parent.IndexOf(table);
        if (index + 1 >= parent.Count || parent[index + 1] is not ParagraphBlock { Inline.FirstChild: LiteralInline first } caption) return null;
        if (!first.Content.ToString().StartsWith(": ", StringComparison.Ordinal)) return null;
        var id = caption.TryGetAttributes()?.Id ?? caption.Inline.Descendants<Inline>().Select(i => i.TryGetAttributes()?.Id).LastOrDefault(i => i is not null);
        return id is not null && Labels.IsTable(id) ? (caption, id) : null;
    }

    // Markdig puts a trailing {#id} on the inline before it; the figure carries the id now.
    private static void RemoveTrailingAttributes(ParagraphBlock caption)
    {
        foreach (var inline in caption.Inline!.Descendants<Inline>())
            if (inline.TryGetAttributes() is { Id: not null } attributes && Labels.IsTable(attributes.Id)) attributes.Id = null;
        if (caption.Inline!.LastChild is LiteralInline last) last.Content = new Markdig.Helpers.StringSlice(last.Content.ToString().TrimEnd());
    }

    private static string TextOf(ContainerInline container) =>
        string.Concat(container.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
