namespace DocSite.Theme;

/// <summary>
/// KaTeX's stylesheet and fonts from the site's node_modules (restored by npm), for pages whose math the build
/// typeset: no KaTeX JavaScript is shipped. Only the woff2 fonts are copied: every current browser reads them.
/// </summary>
public static class KatexAssets
{
    /// <returns>The assets, or null when node_modules has no KaTeX.</returns>
    public static IReadOnlyList<(string Name, byte[] Bytes)>? Read(string siteRoot)
    {
        var dist = Path.Combine(siteRoot, "node_modules", "katex", "dist");
        if (!File.Exists(Path.Combine(dist, "katex.min.css"))) return null;

        List<(string Name, byte[] Bytes)> assets = [("katex/katex.min.css", File.ReadAllBytes(Path.Combine(dist, "katex.min.css")))];
        foreach (var font in Directory.EnumerateFiles(Path.Combine(dist, "fonts"), "*.woff2").Order(StringComparer.Ordinal))
            assets.Add(("katex/fonts/" + Path.GetFileName(font), File.ReadAllBytes(font)));
        return assets;
    }
}
