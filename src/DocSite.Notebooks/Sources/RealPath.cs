namespace DocSite.Notebooks.Sources;

/// <summary>
/// Resolves every symbolic link in a path, like realpath(3): each folder of the path in turn, so a link's
/// <c>..</c> means the parent of where the link leads, and a link whose target is itself a link is followed.
/// .NET has no such call (<c>ResolveLinkTarget</c> resolves only the last part of a path).
/// </summary>
public static class RealPath
{
    // Linux gives up (ELOOP) after 40 links in one lookup.
    private const int MaxLinks = 40;

    /// <summary>The path with no link left in it (the parts past a missing one kept as written); null when links loop.</summary>
    public static string? Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>();
        PushParts(pending, full[current.Length..]);
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks) return null;
            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(Path.GetFullPath(target))!;
                target = target[Path.GetPathRoot(target)!.Length..];
            }

            PushParts(pending, target);
        }

        return current;
    }

    private static void PushParts(Stack<string> pending, string relative)
    {
        var parts = relative.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--) pending.Push(parts[i]);
    }
}
