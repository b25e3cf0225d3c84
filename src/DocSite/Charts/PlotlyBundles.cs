namespace DocSite.Charts;

/// <summary>
/// The plotly.js a page loads: the smallest official partial bundle that draws all of its charts' trace types, else
/// the full bundle Plotly.NET embeds (<see cref="DocSite.Notebooks.PlotlyScript"/>). Plotly.NET 6 writes charts for
/// plotly.js 2.28.0; the partial bundles are that version where npm has it, else the nearest 2.x (cartesian: 2.26.2).
/// The versions are package.json's; a test checks each list against the package's README.
/// </summary>
public static class PlotlyBundles
{
    /// <summary>Smallest first (minified sizes: 1.0, 1.15, 1.28, 1.6 MB; the full bundle is 3.6 MB).</summary>
    public static IReadOnlyList<PlotlyBundle> Partial { get; } =
    [
        new("plotly.js-basic-dist-min", "2.28.0", "plotly-basic.min.js", Types("bar", "pie", "scatter")),
        new("plotly.js-geo-dist-min", "2.28.0", "plotly-geo.min.js", Types("choropleth", "scatter", "scattergeo")),
        new("plotly.js-cartesian-dist-min", "2.26.2", "plotly-cartesian.min.js",
            Types("bar", "box", "contour", "heatmap", "histogram", "histogram2d", "histogram2dcontour", "image", "pie", "scatter", "scatterternary", "violin")),
        new("plotly.js-gl3d-dist-min", "2.28.0", "plotly-gl3d.min.js",
            Types("cone", "isosurface", "mesh3d", "scatter", "scatter3d", "streamtube", "surface", "volume")),
    ];

    /// <summary>The smallest partial bundle the site root has that draws every one of the trace types, or null for the full bundle.</summary>
    public static PlotlyBundle? For(IReadOnlySet<string> traceTypes, string siteRoot) =>
        Partial.FirstOrDefault(b => b.Draws(traceTypes) && File.Exists(b.PathUnder(siteRoot)));

    private static HashSet<string> Types(params string[] types) => new(types, StringComparer.Ordinal);
}
