using System.Net;
using System.Text;

namespace DocSite.Charts;

/// <summary>
/// A Plotly chart as the site shows it: an empty box that the theme's charts.js draws into when it comes near the
/// screen (in the site's colours, see the README's Theme section), the figure as JSON beside it, and its text
/// alternative: the title, and the data as tables one click away. Made from the chart's
/// <c>application/vnd.plotly.v1+json</c> output, so cached notebook outputs need no new run.
/// </summary>
public static class ChartHtml
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <returns>The HTML, or null when the JSON is not a Plotly figure (the output is then shown as the engine renders it).</returns>
    public static string? Render(string figureJson, ChartLabels labels)
    {
        if (ChartFigure.Parse(figureJson) is not { } figure) return null;
        var title = WebUtility.HtmlEncode(figure.Title ?? labels.Chart);
        var html = new StringBuilder();
        html.Append("<figure class=\"chart\">");
        html.Append("<div class=\"docsite-plotly chart-plot\" role=\"img\" tabindex=\"0\" aria-label=\"").Append(title).Append('"');
        if (figure.Height is { } height) html.Append(" style=\"--chart-height:").Append(height).Append("px\"");
        html.Append("></div>");
        // "</" would end the script element early; JSON reads "<\/" as "</".
        html.Append("<script type=\"application/json\" class=\"chart-figure\">").Append(figureJson.Replace("</", "<\\/", StringComparison.Ordinal)).Append("</script>");
        html.Append("<figcaption><details class=\"chart-data\"><summary>").Append(WebUtility.HtmlEncode(labels.DataTable)).Append(labels.Colon).Append(title).Append("</summary>");
        html.Append("<div class=\"chart-tables\" role=\"region\" tabindex=\"0\" aria-label=\"").Append(WebUtility.HtmlEncode(labels.DataTable)).Append("\">");
        html.Append(ChartDataTable.Render(figure, labels));
        html.Append("</div></details></figcaption></figure>");
        return html.ToString();
    }
}
