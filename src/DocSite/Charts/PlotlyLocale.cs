using System.Text;

namespace DocSite.Charts;

/// <summary>
/// plotly.js's own translation for the site's language (toolbar, "Double-click to zoom back out", month names), from
/// npm's <c>plotly.js-locales</c>. Its files are CommonJS modules; the site serves one wrapped so that, loaded
/// after plotly.js, it registers itself and makes itself the default locale of every chart on the page.
/// </summary>
public static class PlotlyLocale
{
    public const string Package = "plotly.js-locales";

    /// <returns>The asset (<c>plotly/locale-zh-cn.js</c>), or null for English or when node_modules has no such locale.</returns>
    public static (string Name, byte[] Bytes)? Read(string siteRoot, string language)
    {
        var file = FileFor(language).Select(name => Path.Combine(siteRoot, "node_modules", Package, name + ".js")).FirstOrDefault(File.Exists);
        if (file is null) return null;
        var script = $$"""
            // {{Package}} {{Path.GetFileName(file)}}, registered with the page's plotly.js as every chart's locale.
            (function () {
            var module = { exports: {} };
            {{File.ReadAllText(file).TrimEnd()}}
            Plotly.register(module.exports);
            Plotly.setPlotConfig({ locale: module.exports.name });
            })();

            """;
        return ($"plotly/locale-{Path.GetFileNameWithoutExtension(file)}.js", Encoding.UTF8.GetBytes(script.ReplaceLineEndings("\n")));
    }

    // zh-CN → zh-cn.js, then zh.js; plotly.js-locales has no plain "zh", so Chinese without a region is zh-cn. English is plotly.js's own.
    private static IEnumerable<string> FileFor(string language)
    {
        var full = language.Trim().ToLowerInvariant();
        var primary = full.Split('-')[0];
        if (primary is "" or "en") yield break;
        yield return full;
        yield return primary;
        if (primary == "zh") yield return "zh-cn";
    }
}
