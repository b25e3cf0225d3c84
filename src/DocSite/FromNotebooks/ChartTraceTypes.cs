using System.Text.Json;
using DocSite.Notebooks.Outputs;

namespace DocSite.FromNotebooks;

/// <summary>The Plotly trace types (<c>scatter</c>, <c>heatmap</c>…) of the charts among a notebook's outputs.</summary>
public static class ChartTraceTypes
{
    private const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    public static IReadOnlySet<string> Of(IEnumerable<CellOutput> outputs)
    {
        var types = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var output in outputs)
        {
            if (output is DisplayOutput display && display.Data.TryGetValue(PlotlyMimeType, out var json)) AddTypes(json, types);
        }
        return types;
    }

    private static void AddTypes(string json, SortedSet<string> types)
    {
        try
        {
            using var figure = JsonDocument.Parse(json);
            if (figure.RootElement.ValueKind != JsonValueKind.Object || !figure.RootElement.TryGetProperty("data", out var traces)
                || traces.ValueKind != JsonValueKind.Array) return;
            foreach (var trace in traces.EnumerateArray())
            {
                // Plotly draws a trace without a type as a scatter.
                var type = trace.ValueKind == JsonValueKind.Object && trace.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString()!
                    : "scatter";
                types.Add(type);
            }
        }
        catch (JsonException)
        {
            // Not a chart after all: it has no trace types.
        }
    }
}
