using System.Reflection;
using System.Text.Json.Nodes;

namespace DocSite.NotebookWorker;

/// <summary>Reads a chart's traces, layout and config through Plotly.NET's own JSON serialization.</summary>
internal sealed class PlotlyChartSerializer
{
    private readonly MethodInfo _getTraces;
    private readonly MethodInfo _getLayout;
    private readonly MethodInfo _getConfig;
    private readonly MethodInfo _serialize;

    public PlotlyChartSerializer(Type chartType, Assembly newtonsoft)
    {
        _getTraces = StaticMethod(chartType, "getTraces");
        _getLayout = StaticMethod(chartType, "getLayout");
        _getConfig = StaticMethod(chartType, "getConfig");
        var convert = newtonsoft.GetType("Newtonsoft.Json.JsonConvert", throwOnError: true)!;
        _serialize = convert.GetMethod("SerializeObject", [typeof(object)])
            ?? throw new InvalidOperationException("Newtonsoft.Json has no JsonConvert.SerializeObject(object)");
    }

    public PlotlyFigure Serialize(object chart)
    {
        var data = Json(_getTraces, chart) ?? new JsonArray();
        var layout = Json(_getLayout, chart) as JsonObject ?? new JsonObject();
        var config = Json(_getConfig, chart) as JsonObject ?? new JsonObject();
        return new PlotlyFigure(data, layout, config);
    }

    private JsonNode? Json(MethodInfo getter, object chart)
    {
        var value = getter.Invoke(null, [chart]);
        var text = (string)_serialize.Invoke(null, [value])!;
        return JsonNode.Parse(text);
    }

    private static MethodInfo StaticMethod(Type type, string name) =>
        type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)
        ?? throw new InvalidOperationException($"{type.FullName}.{name} was not found");
}
