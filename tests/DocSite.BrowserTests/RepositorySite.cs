using DocSite.Cli;
using DocSite.Diagnostics;
using DocSite.FromNotebooks;
using DocSite.Tests.Support;

namespace DocSite.BrowserTests;

/// <summary>
/// The repository's own site, built once for a test class into a temporary folder (its notebooks come from
/// .cache/notebooks when unchanged, as in any build) and served as a static host serves it.
/// </summary>
public sealed class RepositorySite : IAsyncLifetime
{
    private readonly string _output = Path.Combine(Path.GetTempPath(), "docsite-tests", Guid.NewGuid().ToString("N"));

    public StaticSiteServer Server { get; private set; } = null!;

    /// <summary>Every page of the site (404 included), as paths relative to its root: <c>index.html</c>, <c>data/index.html</c>.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public string Output => _output;

    public async Task InitializeAsync()
    {
        await RepositoryPackages.EnsureAsync();
        var errors = new StringWriter();
        var exitCode = await SiteCommandLine.RunAsync(["build", "--root", RepositoryRoot.Path, "--output", _output], new BuildLog(TextWriter.Null, errors), new NotebookPages());
        if (exitCode != 0) throw new InvalidOperationException($"the repository's site did not build: {errors}");
        Pages = Directory.EnumerateFiles(_output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_output, f).Replace('\\', '/'))
            .Where(p => !p.StartsWith("pagefind/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        Server = new StaticSiteServer(_output, "/");
    }

    public async Task DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
        try
        {
            Directory.Delete(_output, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
