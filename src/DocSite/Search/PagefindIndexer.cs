using DocSite.Pipeline;

namespace DocSite.Search;

/// <summary>
/// Builds the site's search index with the site's own Pagefind (node_modules/pagefind, whose extended binary
/// segments Chinese) over the laid-out pages, in a temporary folder: the index's files come back as output
/// files under <see cref="Folder"/>, written with the rest of the site.
/// </summary>
public static class PagefindIndexer
{
    /// <summary>Where the index and Pagefind's scripts are published, relative to the output folder.</summary>
    public const string Folder = "pagefind";

    // KaTeX writes each formula three times (MathML, its TeX, the glyphs): only the TeX goes into the index,
    // so excerpts read "E = mc^2", not "E=mc2E = mc^2E=mc2".
    private static readonly string[] ExcludedSelectors = [".katex-html", ".katex-mathml semantics > :not(annotation)"];

    /// <returns>Pagefind's command-line runner in the site's node_modules, or null when there is none.</returns>
    public static string? Runner(string siteRoot)
    {
        var runner = Path.Combine(siteRoot, "node_modules", "pagefind", "lib", "runner", "bin.cjs");
        return File.Exists(runner) ? runner : null;
    }

    /// <param name="pages">The laid-out pages: Pagefind indexes what their <c>data-pagefind-body</c> element holds.</param>
    /// <returns>The index's files, sorted by path.</returns>
    /// <exception cref="System.ComponentModel.Win32Exception">Node.js is not on the PATH.</exception>
    /// <exception cref="InvalidOperationException">Pagefind failed.</exception>
    public static async Task<IReadOnlyList<OutputFile>> IndexAsync(string runner, IEnumerable<OutputFile> pages, CancellationToken cancellationToken)
    {
        var site = Path.Combine(Path.GetTempPath(), $"docsite-search-{Guid.NewGuid():N}");
        try
        {
            foreach (var page in pages)
            {
                var path = Path.Combine(site, page.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, page.Content, cancellationToken).ConfigureAwait(false);
            }
            // --keep-index-url: results link to .../index.html, as the site's own links do.
            string[] arguments = [runner, "--site", site, "--output-subdir", Folder, "--keep-index-url", "--silent",
                .. ExcludedSelectors.SelectMany(selector => new[] { "--exclude-selectors", selector })];
            var run = await ToolProcess.RunAsync("node", arguments, cancellationToken).ConfigureAwait(false);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"pagefind exited with code {run.ExitCode}: {(run.Errors + run.Output).Trim()}");

            var index = Path.Combine(site, Folder);
            return [.. Directory.EnumerateFiles(index, "*", SearchOption.AllDirectories)
                .Select(f => new OutputFile(Folder + "/" + Path.GetRelativePath(index, f).Replace('\\', '/'), File.ReadAllBytes(f)))
                .OrderBy(f => f.Path, StringComparer.Ordinal)];
        }
        finally
        {
            if (Directory.Exists(site)) Directory.Delete(site, recursive: true);
        }
    }
}
