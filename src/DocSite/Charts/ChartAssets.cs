using DocSite.Documents;
using DocSite.Notebooks;
using DocSite.Pipeline;

namespace DocSite.Charts;

/// <summary>
/// The scripts and styles of the pages with charts: each page's plotly.js (<see cref="PlotlyBundles"/>), plotly.js's
/// translation for the site's language, and the theme's <c>charts.js</c> and <c>charts.css</c>, which a site
/// without charts does not ship at all.
/// </summary>
public static class ChartAssets
{
    /// <summary>The full plotly.js, for pages whose trace types no partial bundle draws.</summary>
    public const string FullBundleName = "plotly.min.js";

    /// <summary>Theme assets only pages with charts load.</summary>
    public static readonly IReadOnlySet<string> ThemeAssets = new HashSet<string>(StringComparer.Ordinal) { "charts.js", "charts.css" };

    /// <summary>Chooses each chart page's plotly.js and adds what the chart pages load to the assets.</summary>
    public static void Add(BuildContext context, List<(string Name, byte[] Bytes)> assets)
    {
        var chartPages = context.Pages.Where(p => p.Features.HasFlag(PageFeatures.Plotly)).ToList();
        if (chartPages.Count == 0)
        {
            assets.RemoveAll(a => ThemeAssets.Contains(a.Name));
            return;
        }

        var bundles = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var page in chartPages)
        {
            var bundle = PlotlyBundles.For(page.ChartTypes, context.Root);
            page.PlotlyScript = bundle?.AssetName ?? FullBundleName;
            if (!bundles.ContainsKey(page.PlotlyScript))
                bundles[page.PlotlyScript] = bundle is null ? PlotlyScript.Bytes.ToArray() : File.ReadAllBytes(bundle.PathUnder(context.Root));
        }
        assets.AddRange(bundles.Select(b => (b.Key, b.Value)));
        context.Log.Info($"  charts     plotly.js per page: {string.Join(", ", chartPages.GroupBy(p => p.PlotlyScript).Select(g => $"{g.Key} ({g.Count()})"))}");

        if (PlotlyLocale.Read(context.Root, context.Config.Language) is { } locale)
        {
            assets.Add(locale);
            foreach (var page in chartPages) page.PlotlyLocale = locale.Name;
        }
    }
}
