using System.Text.RegularExpressions;
using DocSite.Markdown;

namespace DocSite.Tests.SiteContent;

/// <summary>
/// The guide cites papers from references.bib: no page or notebook links a paper directly (where a citation
/// belongs), and every entry can be found by its reader (a DOI, an arXiv e-print or a URL).
/// </summary>
public sealed partial class CitationTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Fact]
    public void No_page_or_notebook_links_a_paper_instead_of_citing_it()
    {
        var sources = SiteSources.MarkdownPages().Select(p => (Source: SiteSources.Relative(p), Markdown: File.ReadAllText(p)))
            .Concat(SiteSources.NotebookMarkdownCells()).ToList();
        Assert.True(sources.Count > 30, $"only {sources.Count} sources were read");
        var problems = (from source in sources
                        from link in PageText.Links(source.Markdown, Pipeline)
                        where PaperHost().IsMatch(link.Url)
                        select $"{source.Source}:{link.Line}: [{link.Label}]({link.Url}) should be a citation [@key]").ToList();
        Assert.True(problems.Count == 0, "paper links:\n" + string.Join('\n', problems));
    }

    [Fact]
    public void Every_entry_of_the_bibliography_is_cited_and_can_be_found()
    {
        var bibliography = File.ReadAllText(Path.Combine(SiteSources.Root, "references.bib"));
        var entries = Entry().Matches(bibliography).Select(m => (Key: m.Groups["key"].Value, Body: m.Groups["body"].Value)).ToList();
        Assert.True(entries.Count >= 30, $"only {entries.Count} entries in references.bib");
        var prose = string.Concat(SiteSources.MarkdownPages().Select(File.ReadAllText).Concat(SiteSources.NotebookMarkdownCells().Select(c => c.Markdown)));
        var uncited = entries.Where(e => !Regex.IsMatch(prose, $@"@{Regex.Escape(e.Key)}(?![A-Za-z0-9_])")).Select(e => e.Key).ToList();
        var unfindable = entries.Where(e => !Findable().IsMatch(e.Body)).Select(e => e.Key).ToList();
        Assert.True(uncited.Count == 0, "entries no page cites: " + string.Join(", ", uncited));
        Assert.True(unfindable.Count == 0, "entries with no doi, arXiv eprint or url: " + string.Join(", ", unfindable));
    }

    // Where papers live: preprint servers, DOIs, publishers and proceedings.
    [GeneratedRegex(@"^https?://([\w-]+\.)*(arxiv\.org|doi\.org|openreview\.net|aclanthology\.org|proceedings\.mlr\.press|papers\.nips\.cc|proceedings\.neurips\.cc|dl\.acm\.org|ieeexplore\.ieee\.org|jmlr\.org|nature\.com|science\.org|sciencedirect\.com|link\.springer\.com|openaccess\.thecvf\.com)/", RegexOptions.IgnoreCase)]
    private static partial Regex PaperHost();

    [GeneratedRegex(@"^@(?!comment|string|preamble)\w+\s*\{\s*(?<key>[^,\s]+)\s*,(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Entry();

    [GeneratedRegex(@"^\s*(doi|eprint|url)\s*=", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex Findable();
}
