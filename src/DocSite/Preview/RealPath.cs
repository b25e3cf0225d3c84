namespace DocSite.Preview;

/// <summary>
/// A path with every symbolic link in it resolved, as POSIX realpath does: the only honest way to tell whether a
/// file lies inside a folder when links anywhere on the way may point elsewhere. .NET has no such call.
/// </summary>
internal static class RealPath
{
    // As the kernel's own limit: more links than this on one path is a loop (ELOOP).
    private const int MaxLinks = 40;

    private static readonly char[] Separators = [Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar];

    /// <returns>The resolved absolute path, or null when the links loop.</returns>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Segments(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var segment))
        {
            if (segment == ".") continue;
            if (segment == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }
            var next = Path.Combine(current, segment);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            // A relative target continues from the link's folder; an absolute one from its own root.
            var targetRoot = Path.GetPathRoot(target);
            if (!string.IsNullOrEmpty(targetRoot))
            {
                current = Path.GetFullPath(targetRoot);
                target = target[targetRoot.Length..];
            }
            foreach (var part in Segments(target).Reverse()) pending.Push(part);
        }
        return current;
    }

    private static string[] Segments(string path) => path.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
}
