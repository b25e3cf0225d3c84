namespace DocSite.Documents;

/// <summary>
/// One page of the site, from Markdown or from a notebook alike, filled in by the build's steps in turn: read
/// (paths, front matter, content blocks), analysed (title, headings, ids, links and features, from the Markdown
/// syntax trees), rendered (<see cref="ContentHtml"/>). Later steps read what earlier ones wrote.
/// </summary>
public sealed class Page
{
    /// <summary>Relative to the site root, with '/' separators: <c>input/data/index.md</c>.</summary>
    public required string SourcePath { get; init; }

    /// <summary>Relative to the output folder: <c>data/index.html</c>.</summary>
    public required string OutputPath { get; init; }

    public required PageKind Kind { get; init; }

    public required FrontMatter FrontMatter { get; init; }

    /// <summary>The content in order: Markdown (parsed by the site's one pipeline) and HTML the build made (a notebook's code cells).</summary>
    public required IReadOnlyList<PageBlock> Blocks { get; init; }

    /// <summary>The executed notebook offered for download (output path), for notebook pages.</summary>
    public string? DownloadPath { get; init; }

    /// <summary>The front matter's title, else the first heading, else the file name.</summary>
    public string Title { get; set; } = "";

    public IReadOnlyList<Heading> Headings { get; set; } = [];

    /// <summary>Every id an anchor may point at: headings, explicit attributes, footnotes, ids in the page's HTML blocks.</summary>
    public IReadOnlySet<string> Ids { get; set; } = new HashSet<string>();

    /// <summary>Internal links, checked once every page is known.</summary>
    public IReadOnlyList<PageLink> Links { get; set; } = [];

    public PageFeatures Features { get; set; }

    /// <summary>Languages of the page's code (fenced blocks, notebook kernels), for highlighting and search.</summary>
    public IReadOnlySet<string> CodeLanguages { get; set; } = new HashSet<string>();

    /// <summary>The Plotly trace types of the page's charts (<c>scatter</c>, <c>heatmap</c>…).</summary>
    public IReadOnlySet<string> ChartTypes { get; set; } = new HashSet<string>();

    /// <summary>The plotly.js the page's charts need (an asset name), chosen from <see cref="ChartTypes"/>; null without charts.</summary>
    public string? PlotlyScript { get; set; }

    /// <summary>plotly.js's translation for the site's language (an asset name), or null.</summary>
    public string? PlotlyLocale { get; set; }

    /// <summary>The Markdown opens with its own <c># heading</c>, so the layout must not add a second one.</summary>
    public bool HasOwnHeading { get; set; }

    /// <summary>The page's content as HTML, without the layout.</summary>
    public string? ContentHtml { get; set; }
}
