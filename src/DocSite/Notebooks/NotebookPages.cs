using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Markdown;
using DocSite.Pipeline;
using DocSite.Theme;

namespace DocSite.Notebooks;

/// <summary>
/// The site's notebooks as pages: runs them through the notebook engine (or takes their outputs from its
/// cache), reports failed cells as build errors, and adds the executed .ipynb downloads and plotly.js.
/// </summary>
public sealed class NotebookPages(IReadOnlyDictionary<string, string>? parameters = null) : INotebookPages
{
    public const string PlotlyAssetName = "plotly.min.js";

    /// <summary>The engine of the last build, so tests can see how many workers it started.</summary>
    public NotebookEngine? LastEngine { get; private set; }

    public async Task<NotebookPagesResult> BuildAsync(
        IReadOnlyList<string> notebooks, MarkdownRenderer markdown, AssetManifest assets,
        SiteConfig config, BuildOptions options, BuildLog log, CancellationToken cancellationToken)
    {
        var engine = new NotebookEngine(new NotebookEngineOptions
        {
            RootDirectory = options.RootDirectory,
            Jobs = options.EffectiveJobs,
            NoExecute = options.NoExecute,
            Log = log.Info,
            Interactive = log.IsInteractive,
            Parameters = parameters ?? new Dictionary<string, string>(),
        });
        LastEngine = engine;
        var runs = await engine.RunAsync(notebooks, cancellationToken).ConfigureAwait(false);

        var errors = new DiagnosticBag();
        foreach (var error in runs.SelectMany(r => r.Errors))
            errors.Add(error);
        errors.ThrowIfAny();

        var labels = NotebookLabels.For(config.Language);
        var pages = runs.Select(r => NotebookPageRenderer.Render(r.SourcePath, r.Notebook!, markdown, labels)).ToList();
        var downloads = pages.Zip(runs, (page, run) => new OutputFile(Path.ChangeExtension(page.Source.OutputPath, ".ipynb"), run.Notebook!.Ipynb.ToArray()));
        if (runs.Any(r => r.Notebook!.UsesPlotly)) assets.Add(PlotlyAssetName, PlotlyScript.Bytes.ToArray());
        AddMapOutlines(runs, assets, Path.GetFullPath(options.RootDirectory));
        return new NotebookPagesResult(pages, downloads.ToList());
    }

    // Without the site's own copy, plotly.js would fetch a geo chart's outlines from its CDN: an error, not a fallback.
    private static void AddMapOutlines(IReadOnlyList<NotebookRun> runs, AssetManifest assets, string root)
    {
        var maps = runs.Where(r => r.Notebook!.UsesPlotlyMaps).ToList();
        if (maps.Count == 0 || TopojsonAssets.TryAdd(assets, root)) return;

        var errors = new DiagnosticBag();
        foreach (var run in maps)
            errors.Add(new BuildDiagnostic(run.SourcePath, null, null, DiagnosticCodes.MissingNodePackage,
                $"a geo chart needs Plotly's map outlines from node_modules/{TopojsonAssets.Package}/dist, which is missing; add \"{TopojsonAssets.Package}\": \"4.0.0\" to package.json (the build runs npm ci)"));
        errors.ThrowIfAny();
    }
}
