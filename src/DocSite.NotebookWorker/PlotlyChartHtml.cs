using System.Security.Cryptography;
using System.Text;

namespace DocSite.NotebookWorker;

/// <summary>
/// The HTML of one chart: a div and an inline script that draws it with the page's own plotly.js, now if it is
/// loaded, else once the document is parsed (so the page may load plotly.js with <c>defer</c>). No CDN, no
/// require.js. The element id comes from the chart's content, so re-running a notebook gives identical HTML.
/// </summary>
internal static class PlotlyChartHtml
{
    private static readonly HashSet<string> UsedIds = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();

    public static string Render(PlotlyFigure figure)
    {
        var id = UniqueId(figure);
        return $$"""
            <div class="docsite-plotly" id="{{id}}" style="width:100%;"></div>
            <script type="text/javascript">
            (function () {
                var data = {{Script(figure.Data)}};
                var layout = {{Script(figure.Layout)}};
                var config = {{Script(figure.Config)}};
                var draw = function () { Plotly.newPlot('{{id}}', data, layout, config); };
                if (window.Plotly) { draw(); } else { window.addEventListener('DOMContentLoaded', draw); }
            })();
            </script>
            """;
    }

    // JSON inside a script element must not contain "</" (it could close the element early).
    private static string Script(string json) => json.Replace("</", "<\\/", StringComparison.Ordinal);

    private static string UniqueId(PlotlyFigure figure)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(figure.ToPlotlyJson()));
        var baseId = "plotly-" + Convert.ToHexStringLower(hash)[..12];
        lock (Gate)
        {
            var id = baseId;
            for (var n = 2; !UsedIds.Add(id); n++)
            {
                id = $"{baseId}-{n}";
            }

            return id;
        }
    }
}
