namespace DocSite.Theme;

/// <summary>
/// KaTeX from the site's node_modules (restored by npm), so pages with math render it offline. Only the woff2
/// fonts are copied: every browser that runs KaTeX reads them.
/// </summary>
public static class KatexAssets
{
    /// <returns>The assets, or null when node_modules has no KaTeX.</returns>
    public static IReadOnlyList<(string Name, byte[] Bytes)>? Read(string siteRoot)
    {
        var dist = Path.Combine(siteRoot, "node_modules", "katex", "dist");
        if (!File.Exists(Path.Combine(dist, "katex.min.js"))) return null;

        List<(string Name, byte[] Bytes)> assets =
        [
            ("katex/katex.min.js", File.ReadAllBytes(Path.Combine(dist, "katex.min.js"))),
            ("katex/katex.min.css", File.ReadAllBytes(Path.Combine(dist, "katex.min.css"))),
            ("katex/contrib/auto-render.min.js", File.ReadAllBytes(Path.Combine(dist, "contrib", "auto-render.min.js"))),
        ];
        foreach (var font in Directory.EnumerateFiles(Path.Combine(dist, "fonts"), "*.woff2").Order(StringComparer.Ordinal))
            assets.Add(("katex/fonts/" + Path.GetFileName(font), File.ReadAllBytes(font)));
        return assets;
    }
}
