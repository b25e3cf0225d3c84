using System.Diagnostics;
using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Navigation;
using DocSite.Steps;
using DocSite.Theme;

namespace DocSite.Pipeline;

/// <summary>Runs the build's steps in order: read, render, notebooks, check links, navigate, lay out, write.</summary>
public sealed class SiteBuilder(BuildLog log, INotebookPages? notebooks = null)
{
    private const string NoJekyll = ".nojekyll";
    private static readonly Lazy<Markdig.MarkdownPipeline> Pipeline = new(MarkdownPipelineFactory.Create);

    /// <exception cref="BuildFailedException">The sources have errors; nothing was written.</exception>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        var root = Path.GetFullPath(options.RootDirectory);
        options = options with { RootDirectory = root };
        var jobs = options.EffectiveJobs;
        log.Info($"Building {root} → {Path.GetFullPath(options.OutputDirectory)}");

        var config = ApplyOverrides(SiteConfigLoader.Load(root), options);
        await NodePackages.EnsureAsync(root, log, cancellationToken).ConfigureAwait(false);

        var sources = log.Time("read", () => ReadPages.Run(options),
            s => $"{s.Pages.Count} pages, {s.Notebooks.Count} notebooks, {s.Files.Count} files");
        var theme = ThemeFiles.Load(root);
        var assets = AssetManifest.Build(theme);
        // Before any notebook runs; again before writing, when the assets that pages need have been added.
        CheckGeneratedOutputs.Run(sources, Generated(sources, assets));
        var urls = new SiteUrls(config.BasePath, OutputMap(sources));
        var markdown = new MarkdownRenderer(Pipeline.Value, urls);

        var pages = log.Time("render", () => RenderPages.Run(sources.Pages, markdown, jobs), p => $"{p.Count} pages");
        var extraFiles = new List<OutputFile>();
        if (sources.Notebooks.Count > 0)
        {
            if (notebooks is null)
                throw new InvalidOperationException("this build has notebooks but no notebook engine was configured");
            var result = await notebooks.BuildAsync(sources.Notebooks, markdown, assets, config, options, log, cancellationToken).ConfigureAwait(false);
            pages = [.. pages, .. result.Pages];
            extraFiles.AddRange(result.Files);
        }

        log.Time("links", () => ValidateLinks.Run(pages, urls), n => $"{n} internal links checked");
        pages = WithMathSupport(pages, assets, root);
        var nav = NavigationBuilder.Build(config, pages, urls);
        var layouts = new LayoutRenderer(theme, assets, config.BasePath);
        var files = log.Time("layout", () => ApplyLayouts.Run(pages, nav, layouts, config, jobs), f => $"{f.Count} pages laid out");
        CheckGeneratedOutputs.Run(sources, Generated(sources, assets));

        IEnumerable<OutputFile> all =
        [
            .. files,
            .. extraFiles,
            ApplyLayouts.NotFoundPage(nav, layouts, config),
            WriteSitemap.Run(pages, string.IsNullOrEmpty(config.BaseUrl) ? config.BasePath : config.BaseUrl),
            new OutputFile(NoJekyll, []),
            .. assets.Files.Select(a => new OutputFile(a.OutputPath, a.Bytes)),
        ];
        var copies = sources.Files.Select(f => (Path.Combine(root, f.SourcePath), f.OutputPath));
        var written = log.Time("write", () => WriteSite.Run(options.OutputDirectory, all, copies, jobs, log), n => $"{n} files");

        log.Info($"Built {pages.Count} pages in {watch.Elapsed.TotalSeconds:0.00} s");
        return new BuildResult(pages.Count, written, watch.Elapsed);
    }

    // Math is typeset in the browser by the site's own copy of KaTeX; without one, TeX is shown as written.
    private IReadOnlyList<RenderedPage> WithMathSupport(IReadOnlyList<RenderedPage> pages, AssetManifest assets, string root)
    {
        if (!pages.Any(p => p.Features.HasFlag(PageFeatures.Math)) || KatexAssets.TryAdd(assets, root)) return pages;
        log.Info("  math       node_modules/katex is missing: math is shown as TeX source (add katex to package.json)");
        return pages.Select(p => p with { Features = p.Features & ~PageFeatures.Math }).ToList();
    }

    // Every file the build writes of its own, as the steps that write them name them (ApplyLayouts.NotFoundPage,
    // WriteSitemap, NotebookPages' downloads). A Markdown 404.md is refused too: the theme's 404 layout is the 404 page.
    private static IEnumerable<GeneratedOutput> Generated(SiteSources sources, AssetManifest assets) =>
    [
        new("404.html", "the 404 page (to change it, override theme/layouts/404.liquid)"),
        new("sitemap.xml", "the sitemap"),
        new(NoJekyll, "the file that turns Jekyll off on GitHub Pages"),
        .. sources.Notebooks.Select(n => new GeneratedOutput(Path.ChangeExtension(ReadPages.NotebookOutputPath(n), ".ipynb"), $"the download of the executed {n}")),
        .. assets.Files.Select(a => new GeneratedOutput(a.OutputPath, "a site asset (from theme/assets or a front-end package)")),
    ];

    private static SiteConfig ApplyOverrides(SiteConfig config, BuildOptions options) => config with
    {
        BasePath = options.BasePath is null ? config.BasePath : SiteConfigLoader.NormalizeBasePath(options.BasePath),
        BaseUrl = options.BaseUrl ?? config.BaseUrl,
    };

    private static Dictionary<string, string> OutputMap(SiteSources sources)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in sources.Pages) map[page.SourcePath] = page.OutputPath;
        foreach (var file in sources.Files) map[file.SourcePath] = file.OutputPath;
        foreach (var notebook in sources.Notebooks) map[notebook] = ReadPages.NotebookOutputPath(notebook);
        return map;
    }
}
