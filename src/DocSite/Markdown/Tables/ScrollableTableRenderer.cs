using System.Net;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace DocSite.Markdown.Tables;

/// <summary>
/// Renders each table inside a labelled, focusable scroll box: a wide table scrolls sideways on a phone
/// instead of being cut off, and keyboard and screen-reader users can reach and name that box.
/// </summary>
public sealed class ScrollableTableRenderer(HtmlTableRenderer table) : HtmlObjectRenderer<Table>
{
    /// <summary>What the scroll box is called, in the site's language (set for each page's renderer).</summary>
    public string Label { get; set; } = "Table";

    protected override void Write(HtmlRenderer renderer, Table block)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"").Write(WebUtility.HtmlEncode(Label)).WriteLine("\">");
        table.Write(renderer, block);
        renderer.WriteLine("</div>");
    }
}
