using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;

namespace DocSite.Charts;

/// <summary>
/// A chart's data as HTML tables, one per trace: a column per data array (x, y, labels, values…) or, for a trace
/// with a grid of values (a heatmap's z), the grid itself. A page stays light: the tables of one chart hold at
/// most <see cref="MaxCells"/> cells, and say so when they leave data out.
/// </summary>
public static class ChartDataTable
{
    public const int MaxCells = 1500;

    private static readonly string[] Columns = ["labels", "x", "y", "z", "values", "lat", "lon", "locations", "text"];

    public static string Render(ChartFigure figure, ChartLabels labels)
    {
        var html = new StringBuilder();
        var budget = MaxCells;
        var complete = true;
        for (var i = 0; i < figure.Traces.Count; i++)
        {
            var trace = figure.Traces[i];
            var caption = Text(trace, "name") is { } name ? name : $"{labels.Series} {i + 1}";
            if (budget <= 0)
            {
                complete = false;
                break;
            }
            complete &= Property(trace, "z") is { ValueKind: JsonValueKind.Array } z && z.EnumerateArray().Any(r => r.ValueKind == JsonValueKind.Array)
                ? AppendGrid(html, caption, trace, z, ref budget)
                : AppendColumns(html, caption, trace, figure, labels, ref budget);
        }
        if (!complete) html.Append("<p class=\"chart-note\">").Append(WebUtility.HtmlEncode(labels.PartOnly)).Append("</p>");
        return html.ToString();
    }

    // One row per point; returns whether every point fitted.
    private static bool AppendColumns(StringBuilder html, string caption, JsonElement trace, ChartFigure figure, ChartLabels labels, ref int budget)
    {
        var columns = Columns
            .Select(key => (Key: key, Values: Property(trace, key)))
            .Where(c => c.Values is { ValueKind: JsonValueKind.Array } v && v.GetArrayLength() > 0)
            .Select(c => (Header: Header(c.Key, trace, figure), Values: c.Values!.Value.EnumerateArray().ToList()))
            .ToList();
        if (columns.Count == 0) return true;

        var rows = columns.Max(c => c.Values.Count);
        var shown = Math.Min(rows, Math.Max(1, budget / columns.Count));
        budget -= shown * columns.Count;
        html.Append("<table><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var (header, _) in columns) html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var row = 0; row < shown; row++)
        {
            html.Append("<tr>");
            foreach (var (_, values) in columns) html.Append("<td>").Append(row < values.Count ? Cell(values[row]) : "").Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return shown == rows;
    }

    // A grid of values (z[row][column]), headed by x across and y down when the trace has them.
    private static bool AppendGrid(StringBuilder html, string caption, JsonElement trace, JsonElement z, ref int budget)
    {
        var rows = z.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.Array ? r.EnumerateArray().ToList() : []).ToList();
        var columns = rows.Max(r => r.Count);
        if (columns == 0) return true;
        var xs = Property(trace, "x") is { ValueKind: JsonValueKind.Array } x ? x.EnumerateArray().ToList() : null;
        var ys = Property(trace, "y") is { ValueKind: JsonValueKind.Array } y ? y.EnumerateArray().ToList() : null;
        var shown = Math.Min(rows.Count, Math.Max(1, budget / columns));
        budget -= shown * columns;

        html.Append("<table class=\"chart-grid\"><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr><td></td>");
        for (var c = 0; c < columns; c++)
            html.Append("<th scope=\"col\">").Append(xs is not null && c < xs.Count ? Cell(xs[c]) : c.ToString(CultureInfo.InvariantCulture)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        for (var r = 0; r < shown; r++)
        {
            html.Append("<tr><th scope=\"row\">").Append(ys is not null && r < ys.Count ? Cell(ys[r]) : r.ToString(CultureInfo.InvariantCulture)).Append("</th>");
            foreach (var value in rows[r]) html.Append("<td>").Append(Cell(value)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>");
        return shown == rows.Count;
    }

    // x and y are named by their axis's title when it has one.
    private static string Header(string key, JsonElement trace, ChartFigure figure)
    {
        if (key is not ("x" or "y")) return key;
        var axis = Text(trace, key + "axis") is { Length: > 1 } id ? key + "axis" + id[1..] : key + "axis";
        return figure.AxisTitle(axis) ?? key;
    }

    private static string Cell(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => WebUtility.HtmlEncode(value.TryGetDouble(out var d) ? d.ToString("G6", CultureInfo.InvariantCulture) : value.GetRawText()),
        JsonValueKind.String => WebUtility.HtmlEncode(value.GetString() ?? ""),
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null or JsonValueKind.Undefined => "",
        _ => WebUtility.HtmlEncode(value.GetRawText()),
    };

    private static JsonElement? Property(JsonElement trace, string name) => trace.TryGetProperty(name, out var value) ? value : null;

    private static string? Text(JsonElement trace, string name) =>
        trace.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
