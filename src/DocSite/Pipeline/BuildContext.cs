using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Navigation;
using DocSite.Notebooks;
using DocSite.Scholarly;
using DocSite.Theme;
using DocSite.Urls;

namespace DocSite.Pipeline;

/// <summary>
/// What the steps of one build share: the options, what earlier steps found (configuration, pages, URLs,
/// navigation, assets) and the files to write. Steps report problems into <see cref="Diagnostics"/>; the build
/// stops after a step that reported any.
/// </summary>
public sealed class BuildContext(BuildOptions options, BuildLog log, CancellationToken cancellationToken)
{
    private SiteConfig? _config;
    private ThemeFiles? _theme;
    private ThemeStrings? _strings;
    private LayoutTemplates? _layouts;
    private SiteUrls? _urls;
    private SiteNavigation? _navigation;
    private AssetManifest? _assets;

    public BuildOptions Options { get; } = options;

    /// <summary>The site root, a full path.</summary>
    public string Root { get; } = options.RootDirectory;

    public BuildLog Log { get; } = log;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>The preview's notebook session (a worker kept ready, each cell as it starts); none in a plain build.</summary>
    public NotebookSession? NotebookSession { get; init; }

    public SiteConfig Config { get => _config ?? throw NotYet(nameof(Config)); set => _config = value; }

    public ThemeFiles Theme { get => _theme ?? throw NotYet(nameof(Theme)); set => _theme = value; }

    /// <summary>The theme's words in the site's language (see <see cref="ThemeStrings"/>).</summary>
    public ThemeStrings Strings { get => _strings ?? throw NotYet(nameof(Strings)); set => _strings = value; }

    /// <summary>The theme's layouts, parsed in the background from the moment the theme is loaded.</summary>
    public LayoutTemplates Layouts { get => _layouts ?? throw NotYet(nameof(Layouts)); set => _layouts = value; }

    public SiteUrls Urls { get => _urls ?? throw NotYet(nameof(Urls)); set => _urls = value; }

    public SiteNavigation Navigation { get => _navigation ?? throw NotYet(nameof(Navigation)); set => _navigation = value; }

    /// <summary>The site's assets, derived once from the theme and the features the pages use.</summary>
    public AssetManifest Assets { get => _assets ?? throw NotYet(nameof(Assets)); set => _assets = value; }

    /// <summary>Every page, Markdown and notebook alike, in source order.</summary>
    public List<Page> Pages { get; } = [];

    /// <summary>Files under input/ copied as they are.</summary>
    public List<StaticFile> Files { get; } = [];

    /// <summary>Notebook sources under notebooks/, relative to the root.</summary>
    public List<string> Notebooks { get; } = [];

    /// <summary>What each notebook that ran published, by the notebook's source path.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, PublishedResult>> NotebookResults { get; } = new(StringComparer.Ordinal);

    /// <summary>The first error of each notebook that failed, by its source path, so pages using it can say so.</summary>
    public Dictionary<string, BuildDiagnostic> FailedNotebooks { get; } = new(StringComparer.Ordinal);

    /// <summary>Pages' citations, found by ResolveScholarlyMarkup, formatted by RunNodeTasks.</summary>
    public List<PageCitations> Citations { get; } = [];

    /// <summary>Files the build made (laid-out pages, downloads, sitemap, assets), written by the last step.</summary>
    public List<OutputFile> Outputs { get; } = [];

    /// <summary>Every file the build writes of its own, as far as known so far, for collision checks.</summary>
    public IEnumerable<GeneratedOutput> GeneratedOutputs()
    {
        yield return new(OutputPaths.NotFoundPage, "the 404 page (to change it, override theme/layouts/404.liquid)");
        yield return new(OutputPaths.Sitemap, "the sitemap");
        yield return new(OutputPaths.NoJekyll, "the file that turns Jekyll off on GitHub Pages");
        foreach (var notebook in Notebooks)
            yield return new(OutputPaths.OfNotebookDownload(notebook), $"the download of the executed {notebook}");
        var assets = _assets?.Files.Select(a => a.OutputPath)
            ?? _theme?.Under("assets").Select(p => AssetManifest.OutputPathOf(p["assets/".Length..], _theme.Read(p)))
            ?? [];
        foreach (var asset in assets)
            yield return new(asset, "a site asset (from theme/assets or a front-end package)");
    }

    private static InvalidOperationException NotYet(string what) =>
        new($"the build's {what} is read before the step that sets it has run");
}
