using System.Text.RegularExpressions;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Renders every Markdown page's body to HTML, in parallel, with the one shared pipeline.</summary>
public static partial class RenderPages
{
    public static IReadOnlyList<RenderedPage> Run(IReadOnlyList<SourcePage> pages, MarkdownRenderer renderer, int jobs)
    {
        var results = new RenderedPage[pages.Count];
        ParallelWork.For(pages.Count, jobs, i =>
        {
            var page = pages[i];
            var rendered = renderer.Render(page.Body, page.SourcePath, page.BodyLine);
            results[i] = new RenderedPage(page, TitleOf(page, rendered), rendered.Html, rendered.Headings,
                rendered.Links, IdsIn(rendered.Html), rendered.Features, rendered.OpensWithTitleHeading);
        });
        return results;
    }

    /// <summary>Every id="…" in a piece of HTML: headings, footnotes, explicit attributes, notebook outputs.</summary>
    public static IReadOnlySet<string> IdsIn(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match match in IdAttribute().Matches(html)) ids.Add(System.Net.WebUtility.HtmlDecode(match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value));
        return ids;
    }

    // The front matter title wins; then the first heading; then the file name.
    private static string TitleOf(SourcePage page, RenderedMarkdown rendered) =>
        page.Meta.Title
        ?? rendered.Headings.FirstOrDefault()?.Text
        ?? Path.GetFileNameWithoutExtension(page.SourcePath);

    [GeneratedRegex("""\sid="([^"]+)"|\sid='([^']+)'""")]
    private static partial Regex IdAttribute();
}
