using System.Globalization;
using DocSite.Charts;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.FromNotebooks;
using DocSite.Markdown;
using DocSite.Notebooks;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Results;

/// <summary>
/// Puts notebook results into a page's Markdown syntax trees (see <see cref="ResultSyntax"/>): values as text
/// in the site's culture, blocks as the notebook page draws them, claims checked and removed. Each use that
/// fails is a diagnostic at its line and column; the page's other uses are still resolved.
/// </summary>
/// <param name="results">Published results by notebook source path, for the notebooks that ran.</param>
/// <param name="failed">The first error of each notebook that failed, by source path.</param>
/// <param name="outputLabel">What a block's scroll box is called, in the site's language (the theme's <c>output_region</c>).</param>
/// <param name="chartLabels">The words a chart's text alternative adds, in the site's language.</param>
public sealed class ResultResolver(
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, PublishedResult>> results,
    IReadOnlyDictionary<string, BuildDiagnostic> failed,
    CultureInfo culture,
    string outputLabel,
    ChartLabels chartLabels)
{
    private const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <returns>How many uses the page has.</returns>
    public int Resolve(Page page, DiagnosticBag diagnostics)
    {
        var uses = 0;
        foreach (var block in page.Blocks.OfType<MarkdownBlock>())
        {
            if (block.Document is not { } document) continue;
            foreach (var code in document.Descendants<CodeInline>().Where(c => ResultSyntax.InlineBody(c.Content) is not null).ToList())
            {
                uses++;
                Report(diagnostics, page, block, code.Line, code.Column, () => ResolveInline(page, code));
            }
            foreach (var fence in document.Descendants<FencedCodeBlock>().Where(f => f.Info == ResultSyntax.BlockInfo).ToList())
            {
                uses++;
                Report(diagnostics, page, block, fence.Line + 1, fence.Column, () => ResolveBlock(page, fence));
            }
        }
        if (uses > 0) Reanalyze(page);
        return uses;
    }

    // Headings, the title taken from them and the code languages were read before the results were in.
    private static void Reanalyze(Page page)
    {
        page.CodeLanguages = page.CodeLanguages.Where(l => l != ResultSyntax.BlockInfo).ToHashSet(StringComparer.Ordinal);
        page.Headings = page.Blocks.OfType<MarkdownBlock>().Where(b => b.Document is not null)
            .SelectMany(b => PageAnalyzer.HeadingsOf(b.Document!)).ToList();
        if (page.FrontMatter.Title is null && page.Headings.FirstOrDefault() is { } first) page.Title = first.Text;
    }

    private void ResolveInline(Page page, CodeInline code)
    {
        var body = ResultSyntax.InlineBody(code.Content)!;
        if (ResultSyntax.IsClaim(body))
        {
            var failure = Claim.Check(body, reference => Number(page, reference));
            if (failure is not null) throw new GlueException(DiagnosticCodes.ClaimFailed, failure);
            code.Remove();
            return;
        }

        var (reference, format) = ResultSyntax.ParseValue(body);
        var result = Find(page, reference);
        if (result.Value is not { } value)
            throw new GlueException(DiagnosticCodes.WrongResultKind,
                $"`{reference}` is a {KindName(result.Kind)}, which cannot stand in a sentence; show it as a block: a ```{ResultSyntax.BlockInfo} fence holding `{reference}`");
        code.ReplaceBy(new LiteralInline(ResultFormatter.Format(value, format, culture)));
    }

    private void ResolveBlock(Page page, FencedCodeBlock fence)
    {
        var html = new System.Text.StringBuilder();
        foreach (var line in fence.Lines.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var (reference, format) = ResultSyntax.ParseValue(line);
            if (format is not null)
                throw new GlueException(DiagnosticCodes.MalformedReference, $"`{line}`: a block shows a result as the notebook does; a format string is for inline values");
            var output = Find(page, reference).Output;
            // A wide table scrolls in a box the keyboard reaches, as on the notebook's page.
            html.Append("<div class=\"cell-output nb-result\"><div class=\"cell-output-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                .Append(System.Net.WebUtility.HtmlEncode(outputLabel)).Append("\">")
                .Append(ChartOutputHtml.Render(output, chartLabels)).Append("</div></div>\n");
            if (output.Data.TryGetValue(PlotlyMimeType, out var chart))
            {
                page.Features |= PageFeatures.Plotly | (PlotlyMaps.IsGeoChart(chart) ? PageFeatures.PlotlyMaps : PageFeatures.None);
                page.ChartTypes = page.ChartTypes.Union(ChartTraceTypes.Of([output])).ToHashSet(StringComparer.Ordinal);
            }
        }

        var parent = fence.Parent!;
        var replacement = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = new StringLineGroup(html.ToString()) };
        parent[parent.IndexOf(fence)] = replacement;
    }

    private double Number(Page page, ResultReference reference)
    {
        var result = Find(page, reference);
        return result.Value switch
        {
            long whole => whole,
            double real => real,
            null => throw new GlueException(DiagnosticCodes.WrongResultKind, $"`{reference}` is a {KindName(result.Kind)}; a claim compares numbers"),
            var other => throw new GlueException(DiagnosticCodes.WrongResultKind,
                $"`{reference}` is {ResultFormatter.Describe(other)}, not a number; a claim compares numbers"),
        };
    }

    private PublishedResult Find(Page page, ResultReference reference)
    {
        string notebook;
        if (reference.Notebook is null)
        {
            if (page.Kind != PageKind.Notebook)
                throw new GlueException(DiagnosticCodes.UnknownResult,
                    $"`{reference.Name}` names no notebook; write the notebook's path relative to this page, as a link does: `{ResultSyntax.InlinePrefix}../notebooks/x.ipynb#{reference.Name}`");
            notebook = page.SourcePath;
        }
        else
        {
            notebook = LinkTarget.Resolve(page.SourcePath, reference.Notebook).Path
                ?? throw new GlueException(DiagnosticCodes.UnknownResult, $"`{reference.Notebook}` leads outside the site");
        }

        if (failed.TryGetValue(notebook, out var error))
            throw new GlueException(DiagnosticCodes.FailedNotebookUsed, $"`{reference}` has no value because {notebook} failed: {error.ToString().Split('\n')[0]}");
        if (!results.TryGetValue(notebook, out var published))
            throw new GlueException(DiagnosticCodes.UnknownResult, $"`{reference}`: there is no notebook `{notebook}`");
        if (!published.TryGetValue(reference.Name, out var result))
        {
            var names = published.Count == 0 ? "it publishes nothing" : "it publishes " + string.Join(", ", published.Keys.Order(StringComparer.Ordinal));
            throw new GlueException(DiagnosticCodes.UnknownResult, $"`{reference}`: {notebook} publishes no `{reference.Name}` ({names})");
        }
        return result;
    }

    // Markdig's lines and columns are 0-based and count from the block's own start.
    private static void Report(DiagnosticBag diagnostics, Page page, MarkdownBlock block, int line, int column, Action resolve)
    {
        try
        {
            resolve();
        }
        catch (GlueException e)
        {
            diagnostics.Add(new BuildDiagnostic(page.SourcePath, block.FirstLine + line, column + 1, e.Code, e.Message, block.Cell));
        }
    }

    private static string KindName(ResultKind kind) => kind switch
    {
        ResultKind.Chart => "chart",
        ResultKind.Display => "displayed value (a table, an image…)",
        _ => "value",
    };
}
