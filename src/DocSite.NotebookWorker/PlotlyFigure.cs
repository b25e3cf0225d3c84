using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocSite.NotebookWorker;

/// <summary>A chart as plotly.js takes it: traces, layout and config, made responsive for the site's layout.</summary>
internal sealed record PlotlyFigure
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public PlotlyFigure(JsonNode data, JsonObject layout, JsonObject config)
    {
        // The page decides the width: the chart fills its column and follows window resizes.
        layout.Remove("width");
        layout["autosize"] = true;
        config["responsive"] = true;
        Data = ToText(data);
        Layout = ToText(layout);
        Config = ToText(config);
    }

    public string Data { get; }

    public string Layout { get; }

    public string Config { get; }

    public string ToPlotlyJson() => $$"""{"data":{{Data}},"layout":{{Layout}},"config":{{Config}}}""";

    private static string ToText(JsonNode node) => node.ToJsonString(Compact);
}
