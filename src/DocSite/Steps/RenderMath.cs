using System.ComponentModel;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Pipeline;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Steps;

/// <summary>
/// Typesets every formula of every page at build time with the site's KaTeX, in one Node process, and puts
/// KaTeX's HTML in the syntax trees in place of the TeX: pages then need KaTeX's CSS and fonts, not its
/// JavaScript. Invalid TeX is MATH001 at the formula. Without node_modules/katex the TeX stays as written.
/// </summary>
public sealed class RenderMath : IBuildStep
{
    public string Name => "math";

    public async Task<string?> RunAsync(BuildContext context)
    {
        var occurrences = Occurrences(context.Pages).ToList();
        if (occurrences.Count == 0) return null;
        if (KatexRenderer.PackageFolder(context.Root) is not { } katex) return null;   // DeriveAssets says so

        var formulas = occurrences.Select(o => o.Formula).Distinct().ToList();
        IReadOnlyList<RenderedFormula> rendered;
        try
        {
            rendered = await KatexRenderer.RenderAsync(katex, formulas, context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            var first = occurrences[0];
            var reason = e is Win32Exception ? "Node.js was not found on the PATH (install it, see README.md)" : e.Message;
            context.Diagnostics.Add(new BuildDiagnostic(first.Page.SourcePath, null, null, DiagnosticCodes.MathUnavailable,
                $"math cannot be typeset with node_modules/katex: {reason}"));
            return null;
        }

        var byFormula = formulas.Zip(rendered).ToDictionary(p => p.First, p => p.Second);
        foreach (var occurrence in occurrences)
        {
            var result = byFormula[occurrence.Formula];
            if (result.Html is { } html)
                Replace(occurrence.Node, html);
            else
                context.Diagnostics.Add(Error(occurrence, result.Error ?? "KaTeX rendered nothing"));
        }
        return $"{occurrences.Count} formulas ({formulas.Count} distinct)";
    }

    private static IEnumerable<(Page Page, MarkdownBlock Block, MarkdownObject Node, Formula Formula)> Occurrences(IEnumerable<Page> pages)
    {
        foreach (var page in pages)
        {
            foreach (var block in page.Blocks.OfType<MarkdownBlock>())
            {
                if (block.Document is not { } document) continue;
                foreach (var node in document.Descendants())
                {
                    switch (node)
                    {
                        // `$$…$$` inside a paragraph is displayed too, as in Pandoc.
                        case MathInline inline:
                            yield return (page, block, node, new Formula(inline.Content.ToString(), inline.DelimiterCount > 1));
                            break;
                        case MathBlock math:
                            yield return (page, block, node, new Formula(math.Lines.ToString(), Display: true));
                            break;
                    }
                }
            }
        }
    }

    private static BuildDiagnostic Error((Page Page, MarkdownBlock Block, MarkdownObject Node, Formula Formula) occurrence, string message) =>
        new(occurrence.Page.SourcePath, occurrence.Block.FirstLine + occurrence.Node.Line, occurrence.Node.Column + 1,
            DiagnosticCodes.InvalidMath, message, occurrence.Block.Cell);

    // Keeps Markdig's wrappers (span or div of class "math"), so the theme's styles still apply.
    private static void Replace(MarkdownObject node, string html)
    {
        switch (node)
        {
            case MathInline inline:
                inline.ReplaceBy(new HtmlInline($"<span class=\"math\">{html}</span>"));
                break;
            case MathBlock block when block.Parent is { } parent:
                var lines = new StringLineGroup(1);
                lines.Add(new StringSlice($"<div class=\"math\">{html}</div>"));
                parent[parent.IndexOf(block)] = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = lines };
                break;
        }
    }
}
