using Markdig.Helpers;
using Markdig.Syntax;

namespace DocSite.Scholarly;

/// <summary>Raw HTML put into a syntax tree by the build (a figure's tags, a callout's title, a bibliography).</summary>
public static class RawHtml
{
    public static HtmlBlock Block(string html)
    {
        var lines = new StringLineGroup(1);
        lines.Add(new StringSlice(html));
        return new HtmlBlock(null) { Type = HtmlBlockType.NonInterruptingBlock, Lines = lines };
    }
}
