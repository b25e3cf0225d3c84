using DocSite.Charts;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Pipeline;
using DocSite.Theme;

namespace DocSite.Steps;

/// <summary>
/// Makes the site's assets, once, from the theme and the features the pages use: KaTeX's CSS and fonts for math, plotly.js
/// for charts (one bundle per page, see <see cref="ChartAssets"/>), map outlines for geo charts. Pages without a feature load nothing for it.
/// </summary>
public sealed class DeriveAssets : IBuildStep
{
    public string Name => "assets";

    public Task<string?> RunAsync(BuildContext context)
    {
        var theme = context.Theme;
        var assets = theme.Under("assets").Select(p => (p["assets/".Length..], theme.Read(p))).ToList();
        var features = context.Pages.Aggregate(PageFeatures.None, (all, page) => all | page.Features);

        if (features.HasFlag(PageFeatures.Math)) AddMath(context, assets);
        ChartAssets.Add(context, assets);
        if (features.HasFlag(PageFeatures.PlotlyMaps)) AddMapOutlines(context, assets);

        context.Assets = new AssetManifest(assets);
        context.Outputs.AddRange(context.Assets.Files.Select(a => new OutputFile(a.OutputPath, a.Bytes)));
        return Task.FromResult<string?>(null);
    }

    // Math was typeset by RenderMath with the site's own copy of KaTeX; without one, TeX is shown as written.
    private static void AddMath(BuildContext context, List<(string, byte[])> assets)
    {
        if (KatexAssets.Read(context.Root) is { } katex)
        {
            assets.AddRange(katex);
            return;
        }
        context.Log.Info("  math       node_modules/katex is missing: math is shown as TeX source (add katex to package.json)");
        foreach (var page in context.Pages) page.Features &= ~PageFeatures.Math;
    }

    // Without the site's own copy, plotly.js would fetch a geo chart's outlines from its CDN: an error, not a fallback.
    private static void AddMapOutlines(BuildContext context, List<(string, byte[])> assets)
    {
        if (TopojsonAssets.Read(context.Root) is { } outlines)
        {
            assets.AddRange(outlines);
            return;
        }
        foreach (var page in context.Pages.Where(p => p.Features.HasFlag(PageFeatures.PlotlyMaps)))
            context.Diagnostics.Add(new BuildDiagnostic(page.SourcePath, null, null, DiagnosticCodes.MissingNodePackage,
                $"a geo chart needs Plotly's map outlines from node_modules/{TopojsonAssets.Package}/dist, which is missing; add \"{TopojsonAssets.Package}\": \"4.0.0\" to package.json (the build runs npm ci)"));
    }
}
