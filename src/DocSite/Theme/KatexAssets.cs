namespace DocSite.Theme;

/// <summary>
/// Adds KaTeX (from the site's node_modules, restored by npm) to the assets so pages with math render it
/// offline. Only the woff2 fonts are copied: every browser that runs KaTeX reads them.
/// </summary>
public static class KatexAssets
{
    public static bool TryAdd(AssetManifest assets, string siteRoot)
    {
        var dist = Path.Combine(siteRoot, "node_modules", "katex", "dist");
        if (!File.Exists(Path.Combine(dist, "katex.min.js"))) return false;

        assets.Add("katex/katex.min.js", File.ReadAllBytes(Path.Combine(dist, "katex.min.js")));
        assets.Add("katex/katex.min.css", File.ReadAllBytes(Path.Combine(dist, "katex.min.css")));
        assets.Add("katex/contrib/auto-render.min.js", File.ReadAllBytes(Path.Combine(dist, "contrib", "auto-render.min.js")));
        foreach (var font in Directory.EnumerateFiles(Path.Combine(dist, "fonts"), "*.woff2").Order(StringComparer.Ordinal))
            assets.Add("katex/fonts/" + Path.GetFileName(font), File.ReadAllBytes(font));
        return true;
    }
}
