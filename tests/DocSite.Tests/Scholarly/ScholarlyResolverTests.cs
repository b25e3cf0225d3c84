using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Scholarly;
using DocSite.Tests.Support;
using DocSite.Theme;

namespace DocSite.Tests.Scholarly;

/// <summary>The resolver on one page's syntax tree, without a build: English terms, and what it hands on for formatting.</summary>
public sealed class ScholarlyResolverTests
{
    private static (Page Page, PageCitations? Citations, DiagnosticBag Diagnostics) Resolve(string markdown, string language = "en")
    {
        var block = new MarkdownBlock(markdown, 1) { Document = Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared) };
        var page = new Page
        {
            SourcePath = "input/a.md", OutputPath = "a.html", Kind = PageKind.Markdown, FrontMatter = FrontMatter.Empty,
            Blocks = [block], Features = PageFeatures.Scholarly,
        };
        var diagnostics = new DiagnosticBag();
        var citations = new ScholarlyResolver(ScholarlyTerms.From(ThemeStrings.Load(ThemeFiles.Load(RepositoryRoot.Path), language, null)), "/site", "references.bib").Resolve(page, diagnostics);
        return (page, citations, diagnostics);
    }

    [Fact]
    public void An_English_site_says_Figure_Table_and_Warning()
    {
        var (page, _, diagnostics) = Resolve("![Loss](loss.svg){#fig-loss}\n\n| a |\n| - |\n| 1 |\n\n: Sizes {#tbl-sizes}\n\nSee @fig-loss and @tbl-sizes.\n\n> [!WARNING]\n> Careful.\n");
        Assert.Equal(0, diagnostics.Count);
        var html = PageHtml.Render(page, MarkdownPipelineFactory.Shared, "Table");
        Assert.Contains("<figcaption>Figure 1: Loss</figcaption>", html);
        Assert.Contains("<p>Table 1: Sizes</p>", html);
        Assert.Contains("See <a href=\"#fig-loss\" class=\"xref\">Figure 1</a> and <a href=\"#tbl-sizes\" class=\"xref\">Table 1</a>.", html);
        Assert.Contains("role=\"note\" aria-label=\"Warning\"", html);
        Assert.Contains("fig-loss", page.Ids);
    }

    [Fact]
    public void An_English_site_numbers_a_labelled_equation_and_says_Equation()
    {
        var (page, _, diagnostics) = Resolve("$$\nx = 1\n$$ {#eq-one}\n\nSee @eq-one.\n");
        Assert.Equal(0, diagnostics.Count);
        var html = PageHtml.Render(page, MarkdownPipelineFactory.Shared, "Table");
        Assert.Contains("<div id=\"eq-one\" class=\"numbered-equation\">", html);
        Assert.Contains("<span class=\"equation-number\">(1)</span></div>", html);
        Assert.Contains("See <a href=\"#eq-one\" class=\"xref\">Equation (1)</a>.", html);
        Assert.Contains("eq-one", page.Ids);
    }

    [Fact]
    public void Citations_are_handed_on_in_order_with_their_places_and_their_entries_ids_join_the_page()
    {
        var (page, citations, diagnostics) = Resolve("Intro.\n\nAs [@b, p. 2] and\n@a showed.\n");
        Assert.Equal(0, diagnostics.Count);
        Assert.NotNull(citations);
        Assert.Equal("references.bib", citations.BibliographyPath);
        Assert.Equal([(3, 4, "[@b, p. 2]", true), (4, 1, "@a", false)], citations.Clusters.Select(c => (c.Line, c.Column, c.Source, c.Bracketed)));
        Assert.Equal(new CitationItem("b", "2", "page"), citations.Clusters[0].Items[0]);
        Assert.Superset(new HashSet<string> { "refs", "ref-a", "ref-b" }, new HashSet<string>(page.Ids));
    }

    [Fact]
    public void A_citation_and_a_reference_in_a_table_cell_are_resolved_like_anywhere_else()
    {
        var (page, citations, diagnostics) = Resolve("![Loss](loss.svg){#fig-loss}\n\n| Layer | Source |\n| --- | --- |\n| Convolution | LeNet-5[@lecun1998] |\n| Residual | He et al.[@he2016; @a] and @fig-loss |\n| Handle | \\@x |\n");
        Assert.Equal(0, diagnostics.Count);
        Assert.NotNull(citations);
        Assert.Equal([(5, 24, "[@lecun1998]"), (6, 23, "[@he2016; @a]")], citations.Clusters.Select(c => (c.Line, c.Column, c.Source)));
        var html = PageHtml.Render(page, MarkdownPipelineFactory.Shared, "Table");
        Assert.DoesNotContain("[@", html);
        Assert.Contains("<a href=\"#fig-loss\" class=\"xref\">Figure 1</a>", html);
        Assert.Contains("<td>@x</td>", html);
    }
}
