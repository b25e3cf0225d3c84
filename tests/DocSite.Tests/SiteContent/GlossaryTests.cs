using DocSite.Markdown;
using DocSite.Tests.Support;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DocSite.Tests.SiteContent;

/// <summary>The guide's glossary covers every term in the two tables of layers and techniques, and every bold term.</summary>
public sealed class GlossaryTests
{
    private static readonly string Input = Path.Combine(RepositoryRoot.Path, "input");
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();
    private static readonly Lazy<HashSet<string>> GlossaryIds = new(() =>
        Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(Input, "glossary.md")), Pipeline)
            .Descendants<HeadingBlock>()
            .Select(h => h.TryGetAttributes()?.Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal));

    [Fact]
    public void Every_term_of_the_two_tables_links_to_a_glossary_entry()
    {
        var document = Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(Input, "model", "building-blocks.md")), Pipeline);
        var tables = document.Descendants<Table>().ToList();
        Assert.True(tables.Count >= 2);

        foreach (var row in tables.Take(2).SelectMany(t => t.OfType<TableRow>().Where(r => !r.IsHeader)))
        {
            var term = (TableCell)row[0];
            var glossaryLinks = GlossaryTargets(term.Descendants<LinkInline>()).ToList();
            Assert.True(glossaryLinks.Count > 0, $"table row `{Text(term)}` does not link its term to the glossary");
            Assert.All(glossaryLinks, id => Assert.Contains(id, GlossaryIds.Value));
        }
    }

    [Fact]
    public void Every_bold_term_in_the_pages_is_a_glossary_entry()
    {
        var pages = Directory.EnumerateFiles(Input, "*.md", SearchOption.AllDirectories).Where(p => !p.EndsWith("glossary.md", StringComparison.Ordinal));
        var missing = new List<string>();
        foreach (var page in pages)
        {
            var document = Markdig.Markdown.Parse(File.ReadAllText(page), Pipeline);
            foreach (var bold in document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2))
            {
                var links = GlossaryTargets(bold.Descendants<LinkInline>().Concat(Ancestors(bold).OfType<LinkInline>())).ToList();
                if (links.Count == 0 || !links.All(GlossaryIds.Value.Contains))
                    missing.Add($"{Path.GetRelativePath(RepositoryRoot.Path, page)}: **{Text(bold)}**");
            }
        }
        Assert.True(missing.Count == 0, "bold terms without a glossary entry:\n" + string.Join('\n', missing));
    }

    private static IEnumerable<string> GlossaryTargets(IEnumerable<LinkInline> links) =>
        links.Select(l => l.Url ?? "").Where(u => u.Contains("glossary.md#", StringComparison.Ordinal)).Select(u => u[(u.IndexOf('#', StringComparison.Ordinal) + 1)..]);

    private static IEnumerable<Inline> Ancestors(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent) yield return parent;
    }

    private static string Text(MarkdownObject node) =>
        string.Concat(node.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
