namespace DocSite.Notebooks;

/// <summary>How the notebook engine runs. Notebook metadata (<c>docsite.timeout_cell_seconds</c>,
/// <c>docsite.timeout_notebook_seconds</c>) overrides the timeouts for that notebook.</summary>
public sealed record NotebookEngineOptions
{
    /// <summary>The site's root folder; notebook paths are relative to it.</summary>
    public required string RootDirectory { get; init; }

    /// <summary>Where executed outputs are cached; default <c>&lt;root&gt;/.cache/notebooks</c>.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>How many notebooks run at once.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;

    /// <summary>Use cached outputs only; a notebook without them is an error (NB006).</summary>
    public bool NoExecute { get; init; }

    /// <summary>The longest a cell may run before its worker is killed.</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The longest a whole notebook may run before its worker is killed.</summary>
    public TimeSpan NotebookTimeout { get; init; } = TimeSpan.FromMinutes(20);

    /// <summary>Receives progress and notes, one line at a time (plain mode) or after the live display ends.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Show a live per-notebook progress display (a terminal) instead of plain lines (CI, redirected output).</summary>
    public bool Interactive { get; init; }

    /// <summary>Parameter overrides (<c>--param name=value</c>), injected after each notebook's <c>parameters</c> cell
    /// for the names that cell declares.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>The preview's session: a notebook runs in its waiting worker when it can, and it hears of each cell.</summary>
    public NotebookSession? Session { get; init; }

    /// <summary>The root folder as an absolute path.</summary>
    internal string ResolvedRoot => Path.GetFullPath(RootDirectory);

    /// <summary>The effective cache folder.</summary>
    internal string ResolvedCacheDirectory =>
        Path.GetFullPath(CacheDirectory ?? Path.Combine(".cache", "notebooks"), ResolvedRoot);
}
