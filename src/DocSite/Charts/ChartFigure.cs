using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocSite.Charts;

/// <summary>What the build reads from a Plotly figure (<c>{"data": [...], "layout": {...}}</c>): its title and traces.</summary>
public sealed partial class ChartFigure
{
    private ChartFigure(string? title, IReadOnlyList<JsonElement> traces, JsonElement layout)
    {
        Title = title;
        Traces = traces;
        Layout = layout;
    }

    /// <summary>The layout's title as plain text (Plotly titles may hold <c>&lt;br&gt;</c> and <c>&lt;sup&gt;</c>), or null.</summary>
    public string? Title { get; }

    public IReadOnlyList<JsonElement> Traces { get; }

    public JsonElement Layout { get; }

    /// <summary>The height the author set, in pixels, or null.</summary>
    public int? Height =>
        Layout.ValueKind == JsonValueKind.Object && Layout.TryGetProperty("height", out var h) && h.TryGetDouble(out var pixels) && pixels is > 0 and < 10_000
            ? (int)pixels
            : null;

    /// <returns>The figure, or null when the JSON is not a Plotly figure.</returns>
    public static ChartFigure? Parse(string json)
    {
        JsonElement root;
        try
        {
            root = JsonSerializer.Deserialize<JsonElement>(json);
        }
        catch (JsonException)
        {
            return null;
        }
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array) return null;
        var layout = root.TryGetProperty("layout", out var l) && l.ValueKind == JsonValueKind.Object ? l : default;
        var traces = data.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.Object).ToList();
        return new ChartFigure(TitleOf(layout), traces, layout);
    }

    /// <summary>An axis's title (<c>xaxis2</c>), as plain text, or null.</summary>
    public string? AxisTitle(string axis) =>
        Layout.ValueKind == JsonValueKind.Object && Layout.TryGetProperty(axis, out var a) && a.ValueKind == JsonValueKind.Object && a.TryGetProperty("title", out var t)
            ? PlainText(t)
            : null;

    private static string? TitleOf(JsonElement layout) =>
        layout.ValueKind == JsonValueKind.Object && layout.TryGetProperty("title", out var title) ? PlainText(title) : null;

    // A title is a string or {"text": …}; its markup becomes spaces.
    private static string? PlainText(JsonElement title)
    {
        var text = title.ValueKind switch
        {
            JsonValueKind.String => title.GetString(),
            JsonValueKind.Object when title.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String => t.GetString(),
            _ => null,
        };
        if (text is null) return null;
        var plain = WebUtility.HtmlDecode(Spaces().Replace(Markup().Replace(text, " "), " ")).Trim();
        return plain.Length > 0 ? plain : null;
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Markup();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
