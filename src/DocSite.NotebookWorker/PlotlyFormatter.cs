using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Formatting;

namespace DocSite.NotebookWorker;

/// <summary>
/// Formats Plotly.NET charts for a static site: the chart's HTML references no CDN and no require.js (the page
/// loads one local plotly.js), plus the <c>application/vnd.plotly.v1+json</c> form that notebook editors draw.
/// Bound by reflection to whichever Plotly.NET the notebook loads, so the worker pins no version of its own.
/// </summary>
internal static class PlotlyFormatter
{
    public const string PlotlyJsonMimeType = "application/vnd.plotly.v1+json";
    private const string PlotlyAssemblyName = "Plotly.NET";

    private static readonly Lock Gate = new();
    private static Assembly? _plotly;

    /// <summary>Registers the formatter as soon as any code loads Plotly.NET.</summary>
    public static void Install()
    {
        AppDomain.CurrentDomain.AssemblyLoad += (_, e) =>
        {
            if (e.LoadedAssembly.GetName().Name == PlotlyAssemblyName)
            {
                Register(e.LoadedAssembly);
            }
        };
    }

    /// <summary>Registers again after packages (and their extensions) load, so that ours is the last one registered.</summary>
    public static void RegisterIfReferenced(IReadOnlyList<ResolvedPackageReference> references)
    {
        var plotlyPath = references.SelectMany(r => r.AssemblyPaths)
            .FirstOrDefault(p => Path.GetFileName(p).Equals(PlotlyAssemblyName + ".dll", StringComparison.OrdinalIgnoreCase));
        var loaded = _plotly ?? (plotlyPath is null ? null : LoadedPlotly());
        if (loaded is not null)
        {
            Register(loaded);
        }
    }

    private static Assembly? LoadedPlotly() =>
        AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == PlotlyAssemblyName);

    private static void Register(Assembly plotly)
    {
        var chartType = plotly.GetType("Plotly.NET.GenericChart");
        if (chartType is null)
        {
            WorkerLog.Write($"Plotly.NET {plotly.GetName().Version} has no Plotly.NET.GenericChart; charts keep the default formatter");
            return;
        }

        lock (Gate)
        {
            var serializer = new PlotlyChartSerializer(chartType, NewtonsoftFor(plotly));
            Formatter.Register(chartType, (chart, writer) => writer.Write(PlotlyChartHtml.Render(serializer.Serialize(chart))), "text/html");
            Formatter.Register(chartType, (chart, writer) => writer.Write(serializer.Serialize(chart).ToPlotlyJson()), PlotlyJsonMimeType);
            Formatter.SetPreferredMimeTypesFor(chartType, "text/html", PlotlyJsonMimeType);
            _plotly = plotly;
        }
    }

    private static Assembly NewtonsoftFor(Assembly plotly)
    {
        var reference = plotly.GetReferencedAssemblies().First(a => a.Name == "Newtonsoft.Json");
        var context = AssemblyLoadContext.GetLoadContext(plotly) ?? AssemblyLoadContext.Default;
        return context.LoadFromAssemblyName(reference);
    }
}
