using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Rendering;

/// <summary>
/// Text a cell wrote for a terminal, as HTML: colour and style escapes (SGR, <c>ESC[…m</c>) become spans with
/// classes (<c>ansi-red</c>, <c>ansi-bright-green</c>, <c>ansi-bg-blue</c>, <c>ansi-bold</c>, <c>ansi-dim</c>,
/// <c>ansi-italic</c>, <c>ansi-underline</c>) that the site's stylesheet colours for light and dark pages alike;
/// other escapes (cursor movement, erasing) mean nothing on a page and are dropped. 256-colour and RGB colours
/// are shown uncoloured, as in a terminal with 16 colours.
/// </summary>
internal static partial class AnsiHtml
{
    /// <summary>The text, HTML-escaped and coloured, without the line breaks it ends with.</summary>
    public static string Render(string text)
    {
        var segments = new List<(string Text, string Classes)>();
        var style = new AnsiStyle();
        var position = 0;
        foreach (Match escape in Escape().Matches(text))
        {
            segments.Add((text[position..escape.Index], style.Classes));
            if (escape.Groups["sgr"].Success)
            {
                style.Apply(escape.Groups["sgr"].Value);
            }

            position = escape.Index + escape.Length;
        }

        segments.Add((text[position..], style.Classes));
        TrimTrailingLineBreaks(segments);

        var html = new StringBuilder();
        foreach (var (segment, classes) in segments.Where(s => s.Text.Length > 0))
        {
            var encoded = WebUtility.HtmlEncode(segment);
            html.Append(classes.Length == 0 ? encoded : $"<span class=\"{classes}\">{encoded}</span>");
        }

        return html.ToString();
    }

    private static void TrimTrailingLineBreaks(List<(string Text, string Classes)> segments)
    {
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            var trimmed = segments[i].Text.TrimEnd('\n');
            segments[i] = (trimmed, segments[i].Classes);
            if (trimmed.Length > 0)
            {
                return;
            }
        }
    }

    // Any CSI sequence; those ending in 'm' with numeric parameters set colours and styles.
    [GeneratedRegex(@"\x1B\[(?:(?<sgr>[0-9;]*)m|[0-9;?]*[ -/]*[@-~])")]
    private static partial Regex Escape();
}
