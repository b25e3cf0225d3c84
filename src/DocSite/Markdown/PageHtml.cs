using System.Text;
using DocSite.Documents;
using DocSite.Markdown.Tables;
using Markdig;
using Markdig.Renderers;

namespace DocSite.Markdown;

/// <summary>
/// Renders a page's analysed blocks to its content HTML: Markdown through the site's pipeline, fragments as they
/// are. The Markdown blocks' syntax trees are released once rendered.
/// </summary>
public static class PageHtml
{
    /// <summary>The features whose steps will change a page's syntax tree in this site: math only where KaTeX can typeset it.</summary>
    public static PageFeatures EditedLater(string siteRoot) =>
        KatexRenderer.PackageFolder(siteRoot) is null ? PageFeatures.EditedAfterAnalysis & ~PageFeatures.Math : PageFeatures.EditedAfterAnalysis;

    /// <summary>Renders the page now unless a later step will change its syntax tree (see <see cref="EditedLater"/>).</summary>
    public static void RenderUnlessEditedLater(Page page, MarkdownPipeline pipeline, PageFeatures editedLater, string tableLabel)
    {
        if ((page.Features & editedLater) == 0) page.ContentHtml = Render(page, pipeline, tableLabel);
    }

    /// <param name="tableLabel">What a table's scroll box is called, in the site's language (the theme's <c>table_region</c>).</param>
    public static string Render(Page page, MarkdownPipeline pipeline, string tableLabel)
    {
        var html = new StringBuilder();
        foreach (var block in page.Blocks)
        {
            switch (block)
            {
                case HtmlFragment fragment:
                    html.Append(fragment.Html);
                    break;
                case MarkdownBlock { Document: { } document } markdown:
                    using (var writer = new StringWriter())
                    {
                        var renderer = new HtmlRenderer(writer);
                        pipeline.Setup(renderer);
                        if (renderer.ObjectRenderers.FindExact<ScrollableTableRenderer>() is { } tables) tables.Label = tableLabel;
                        renderer.Render(document);
                        writer.Flush();
                        html.Append(writer);
                    }
                    // Nothing reads the tree after this; a large site would otherwise keep every page's tree alive.
                    markdown.Document = null;
                    break;
                default:
                    throw new InvalidOperationException($"{page.SourcePath}: a Markdown block was not analysed before rendering");
            }
        }
        return html.ToString();
    }
}
