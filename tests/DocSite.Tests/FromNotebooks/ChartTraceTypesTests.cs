using DocSite.FromNotebooks;
using DocSite.Notebooks.Outputs;

namespace DocSite.Tests.FromNotebooks;

public sealed class ChartTraceTypesTests
{
    [Fact]
    public void The_trace_types_of_every_chart_are_collected_once_and_a_trace_without_a_type_is_a_scatter()
    {
        CellOutput[] outputs =
        [
            Chart("""{"data":[{"type":"heatmap","z":[[1]]},{"x":[1],"y":[2]}],"layout":{}}"""),
            Chart("""{"data":[{"type":"bar"},{"type":"heatmap"}]}"""),
            new DisplayOutput(new Dictionary<string, string> { ["text/plain"] = "42" }, IsResult: true),
            Chart("not json"),
        ];

        Assert.Equal(["bar", "heatmap", "scatter"], ChartTraceTypes.Of(outputs));
    }

    private static DisplayOutput Chart(string json) =>
        new(new Dictionary<string, string> { ["application/vnd.plotly.v1+json"] = json, ["text/html"] = "<div></div>" }, IsResult: false);
}
