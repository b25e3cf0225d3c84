namespace DocSite.Pipeline;

/// <summary>What one build is asked to do (from the command line or a test).</summary>
/// <param name="BasePath">Overrides site.yml's base_path when set (GitHub Pages project sites: "/repo/").</param>
/// <param name="BaseUrl">Overrides site.yml's base_url (absolute URLs in sitemap.xml) when set.</param>
public sealed record BuildOptions(
    string RootDirectory,
    string OutputDirectory,
    string? BasePath = null,
    string? BaseUrl = null,
    int Jobs = 0,
    bool NoExecute = false,
    bool IncludeDrafts = false)
{
    /// <summary>Overrides site.yml's repository (source and edit links) when set.</summary>
    public string? Repository { get; init; }

    /// <summary>Overrides site.yml's branch (the branch edit links open) when set.</summary>
    public string? Branch { get; init; }

    public int EffectiveJobs => Jobs > 0 ? Jobs : Environment.ProcessorCount;
}
