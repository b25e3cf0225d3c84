using System.Net;
using DocSite.Diagnostics;
using DocSite.Documents;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace DocSite.Scholarly;

/// <summary>
/// Resolves one page's scholarly markup in its syntax trees: callouts, numbered figures, tables and equations, references to
/// them (<c>@fig-x</c> → "图 3", linked; XREF001 when unknown), and citations, which it marks for the Node step
/// that formats them (their ids <c>ref-KEY</c> and the bibliography's <c>refs</c> join the page's ids now, for links).
/// </summary>
public sealed class ScholarlyResolver(ScholarlyTerms terms, string siteRoot, string defaultBibliography)
{
    /// <summary>The id of a page's bibliography; its entries are <c>ref-KEY</c>, as in Pandoc.</summary>
    public const string BibliographyId = "refs";

    /// <returns>The page's citations, or null when it has none.</returns>
    public PageCitations? Resolve(Page page, DiagnosticBag diagnostics)
    {
        if (!page.Features.HasFlag(PageFeatures.Scholarly)) return null;
        var blocks = page.Blocks.OfType<MarkdownBlock>().Where(b => b.Document is not null).ToList();
        var figures = new Figures(page, terms, diagnostics);
        foreach (var block in blocks)
        {
            Callouts.Rewrite(block.Document!, terms);
            figures.Number(block);
        }

        var clusters = new List<CitationCluster>();
        foreach (var block in blocks)
        {
            foreach (var run in PlainText.Runs(block.Document!))
            {
                var rest = run;
                var consumed = 0;
                foreach (var reference in AtReferenceScanner.Scan(run.Content.ToString()))
                {
                    var (line, column) = (block.FirstLine + rest.Line, rest.Column + reference.Start - consumed + 1);
                    Inline replacement;
                    if (reference.IsCrossReference)
                    {
                        var label = reference.Items[0].Key;
                        if (!figures.Targets.TryGetValue(label, out var target))
                        {
                            var kind = Labels.IsEquation(label) ? "equation" : "figure or table";
                            diagnostics.Add(new BuildDiagnostic(page.SourcePath, line, column, DiagnosticCodes.UnknownCrossReference,
                                $"`@{label}` refers to no {kind} of this page (label one with {{#{label}}})", block.Cell));
                            continue;
                        }
                        var link = new LinkInline("#" + Uri.EscapeDataString(label), "");
                        link.GetAttributes().AddClass("xref");
                        link.AppendChild(new LiteralInline(terms.Name(label, target.Number)));
                        replacement = link;
                    }
                    else
                    {
                        var slot = new HtmlInline("");
                        var source = rest.Content.ToString().Substring(reference.Start - consumed, reference.Length);
                        clusters.Add(new CitationCluster(reference.Items, slot, line, column, block.Cell, source, reference.Bracketed));
                        replacement = slot;
                    }
                    rest = PlainText.Replace(rest, reference.Start - consumed, reference.Length, replacement);
                    consumed = reference.Start + reference.Length;
                }
            }
        }

        var ids = new HashSet<string>(page.Ids, StringComparer.Ordinal);
        ids.UnionWith(figures.Targets.Keys);
        if (clusters.Count > 0)
        {
            ids.Add(BibliographyId);
            ids.UnionWith(clusters.SelectMany(c => c.Items).Select(i => "ref-" + i.Key));
        }
        page.Ids = ids;
        if (clusters.Count == 0) return null;
        return new PageCitations(page, BibliographyOf(page), clusters, blocks[^1].Document!);
    }

    /// <summary>The front matter's <c>bibliography:</c> (relative to the page), else the site's.</summary>
    private string BibliographyOf(Page page)
    {
        if (page.FrontMatter.Values.TryGetValue("bibliography", out var value) && value is string own && own.Trim().Length > 0)
        {
            var folder = Path.GetDirectoryName(page.SourcePath) ?? "";
            return Path.GetRelativePath(siteRoot, Path.GetFullPath(Path.Combine(siteRoot, folder, own.Trim()))).Replace('\\', '/');
        }
        return defaultBibliography;
    }

    /// <summary>The bibliography section a page ends with: citeproc-js's entries under a heading.</summary>
    public static string BibliographySection(ScholarlyTerms terms, string entries) =>
        $"<section class=\"bibliography\" id=\"{BibliographyId}\" role=\"doc-bibliography\" aria-label=\"{WebUtility.HtmlEncode(terms.References)}\">"
        + $"<h2>{WebUtility.HtmlEncode(terms.References)}</h2>\n{entries}\n</section>";
}
