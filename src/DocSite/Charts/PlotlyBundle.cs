namespace DocSite.Charts;

/// <summary>
/// One of plotly.js's official partial bundles on npm (<c>plotly.js-cartesian-dist-min</c>): the trace types it
/// draws, as its README lists them, and where its script lies in node_modules.
/// </summary>
public sealed record PlotlyBundle(string Package, string Version, string ScriptFile, IReadOnlySet<string> TraceTypes)
{
    /// <summary>The asset name the site serves it under, with its version: <c>plotly/plotly-cartesian-2.26.2.min.js</c>.</summary>
    public string AssetName => $"plotly/{ScriptFile[..^".min.js".Length]}-{Version}.min.js";

    /// <summary>The script under a site root's node_modules.</summary>
    public string PathUnder(string siteRoot) => Path.Combine(siteRoot, "node_modules", Package, ScriptFile);

    public bool Draws(IReadOnlySet<string> traceTypes) => traceTypes.IsSubsetOf(TraceTypes);
}
