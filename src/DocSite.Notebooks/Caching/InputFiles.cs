using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// Expands the file patterns a notebook declares in <c>docsite.inputs</c>, relative to its folder:
/// <c>*</c> and <c>?</c> match within a name, <c>**</c> matches any number of folders, <c>..</c> goes up.
/// </summary>
internal static class InputFiles
{
    /// <summary>The matching files, as absolute paths in ordinal order (so the cache key does not depend on the file system's order).</summary>
    public static IReadOnlyList<string> Expand(string baseDirectory, string pattern)
    {
        var segments = pattern.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var start = Path.IsPathRooted(pattern) ? Path.GetPathRoot(Path.GetFullPath(pattern))! : baseDirectory;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        Match(start, segments, 0, found);
        return found.ToArray();
    }

    private static void Match(string directory, string[] segments, int index, SortedSet<string> found)
    {
        if (index == segments.Length || !Directory.Exists(directory))
        {
            return;
        }

        var segment = segments[index];
        var last = index == segments.Length - 1;
        switch (segment)
        {
            case ".":
                Match(directory, segments, index + 1, found);
                return;
            case "..":
                Match(Path.GetDirectoryName(directory) ?? directory, segments, index + 1, found);
                return;
            case "**":
                Match(directory, segments, index + 1, found);
                foreach (var child in Directory.EnumerateDirectories(directory))
                {
                    Match(child, segments, index, found);
                }

                return;
        }

        if (!segment.Contains('*', StringComparison.Ordinal) && !segment.Contains('?', StringComparison.Ordinal))
        {
            var path = Path.Combine(directory, segment);
            if (last && File.Exists(path))
            {
                found.Add(Path.GetFullPath(path));
            }
            else if (!last)
            {
                Match(path, segments, index + 1, found);
            }

            return;
        }

        var regex = new Regex("^" + Regex.Escape(segment).Replace(@"\*", ".*", StringComparison.Ordinal).Replace(@"\?", ".", StringComparison.Ordinal) + "$");
        var entries = last ? Directory.EnumerateFiles(directory) : Directory.EnumerateDirectories(directory);
        foreach (var entry in entries.Where(e => regex.IsMatch(Path.GetFileName(e))))
        {
            if (last)
            {
                found.Add(Path.GetFullPath(entry));
            }
            else
            {
                Match(entry, segments, index + 1, found);
            }
        }
    }
}
