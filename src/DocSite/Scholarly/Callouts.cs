using System.Net;
using Markdig.Extensions.Alerts;
using Markdig.Syntax;

namespace DocSite.Scholarly;

/// <summary>
/// GitHub's alerts (<c>&gt; [!WARNING]</c>) become callouts with a title in the site's language, a note landmark
/// for screen readers (role "note", labelled by the title) and the theme's callout styles.
/// </summary>
public static class Callouts
{
    public static int Rewrite(MarkdownDocument document, ScholarlyTerms terms)
    {
        var alerts = document.Descendants<AlertBlock>().ToList();
        foreach (var alert in alerts)
        {
            var kind = alert.Kind.ToString().ToUpperInvariant();
            var title = WebUtility.HtmlEncode(terms.CalloutTitle(kind));
            var css = kind.ToLowerInvariant();
            var parent = alert.Parent!;
            var index = parent.IndexOf(alert);
            var children = alert.ToList();
            alert.Clear();
            parent.RemoveAt(index);
            var blocks = new List<Block>
            {
                RawHtml.Block($"<div class=\"callout callout-{css}\" role=\"note\" aria-label=\"{title}\"><p class=\"callout-title\" aria-hidden=\"true\">{title}</p>"),
            };
            blocks.AddRange(children);
            blocks.Add(RawHtml.Block("</div>"));
            for (var i = 0; i < blocks.Count; i++) parent.Insert(index + i, blocks[i]);
        }
        return alerts.Count;
    }
}
