using System.ComponentModel;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Search;

namespace DocSite.Steps;

/// <summary>
/// Indexes the laid-out pages for search with the site's Pagefind, before anything is written, so the index
/// is published with the site in one swap. Without node_modules/pagefind the site has no search box and no index.
/// </summary>
public sealed class IndexSearch : IBuildStep
{
    public string Name => "search";

    public async Task<string?> RunAsync(BuildContext context)
    {
        if (PagefindIndexer.Runner(context.Root) is not { } runner)
        {
            context.Log.Info($"  {Name,-10} node_modules/pagefind is missing: the site has no search (add pagefind to package.json)");
            return null;
        }
        if (!CheckFolderIsFree(context)) return null;

        var pagePaths = context.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<OutputFile> index;
        try
        {
            index = await PagefindIndexer.IndexAsync(runner, context.Outputs.Where(o => pagePaths.Contains(o.Path)), context.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException)
        {
            var reason = e is Win32Exception ? "Node.js was not found on the PATH (install it, see README.md)" : e.Message;
            context.Diagnostics.Add(new BuildDiagnostic("package.json", null, null, DiagnosticCodes.SearchIndex, $"the search index cannot be built: {reason}"));
            return null;
        }
        context.Outputs.AddRange(index);
        return $"{pagePaths.Count} pages indexed, {index.Count} files";
    }

    // The index owns its folder: a source published there would be lost or would break the index.
    private static bool CheckFolderIsFree(BuildContext context)
    {
        var prefix = PagefindIndexer.Folder + "/";
        var sources = context.Pages.Select(p => (p.OutputPath, p.SourcePath)).Concat(context.Files.Select(f => (f.OutputPath, f.SourcePath)));
        var free = true;
        foreach (var (outputPath, source) in sources.Where(s => s.OutputPath.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            context.Diagnostics.Add(new BuildDiagnostic(source, 1, null, DiagnosticCodes.OutputCollision,
                $"`{source}` would be written to `{outputPath}`, in the folder where the build writes the search index; rename or move it"));
            free = false;
        }
        return free;
    }
}
