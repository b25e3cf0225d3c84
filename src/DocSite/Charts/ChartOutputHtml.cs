using System.Text;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Rendering;

namespace DocSite.Charts;

/// <summary>Cell outputs as the site shows them: charts by <see cref="ChartHtml"/>, everything else as the engine renders it.</summary>
public static class ChartOutputHtml
{
    public static string Render(IEnumerable<CellOutput> outputs, ChartLabels labels)
    {
        var html = new StringBuilder();
        foreach (var output in outputs) html.Append(Render(output, labels)).Append('\n');
        return html.ToString();
    }

    public static string Render(CellOutput output, ChartLabels labels) =>
        output is DisplayOutput display && display.Data.TryGetValue(ChartHtml.PlotlyMimeType, out var figure) && ChartHtml.Render(figure, labels) is { } chart
            ? "<div class=\"nb-output nb-chart\">" + chart + "</div>"
            : CellOutputHtml.Render(output);
}
