using DocSite.Diagnostics;

namespace DocSite.Notebooks.Sources;

/// <summary>
/// One listing of <see cref="SourceTree"/>: the folders reached without links first, then the folders that
/// links lead to, each folder (by its path without links) entered at most once.
/// </summary>
internal sealed class SourceTreeWalk(SourceTree tree, Func<string, bool> skip, int maxDepth)
{
    private readonly Dictionary<string, string> _entered = new(SourceTree.PathComparer);
    private readonly Stack<(string Display, string Real, int Depth)> _folders = new();
    private readonly Queue<(string Display, string Real, string Target, int Depth)> _linkedFolders = new();
    private readonly List<string> _files = [];

    /// <param name="display">The folder as seen from the root.</param>
    /// <param name="real">The folder without links.</param>
    /// <returns>Root-relative paths, in ordinal order.</returns>
    public List<string> Run(string display, string real)
    {
        Enter(display, real, 0, throughLink: false);
        while (true)
        {
            while (_folders.TryPop(out var folder))
            {
                List(folder.Display, folder.Real, folder.Depth);
            }

            // Links to folders are followed last, so that a folder reached without one keeps its own name.
            if (!_linkedFolders.TryDequeue(out var link))
            {
                break;
            }

            Follow(link.Display, link.Real, link.Target, link.Depth);
        }

        _files.Sort(StringComparer.Ordinal);
        return _files;
    }

    private void List(string display, string real, int depth)
    {
        // In name order, so that problems are found, and links followed, in the same order on every machine.
        foreach (var entry in new DirectoryInfo(real).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            if (skip(entry.Name))
            {
                continue;
            }

            var entryDisplay = display == "." ? entry.Name : display + "/" + entry.Name;
            var entryReal = Path.Combine(real, entry.Name);
            if (entry.Attributes.HasFlag(FileAttributes.ReparsePoint) && entry.LinkTarget is not null)
            {
                var target = RealPath.Of(entryReal);
                if (!tree.CheckLink(entryDisplay, target))
                {
                    continue;
                }

                if (Directory.Exists(target))
                {
                    _linkedFolders.Enqueue((entryDisplay, entryReal, target!, depth + 1));
                }
                else
                {
                    _files.Add(entryDisplay);
                }
            }
            else if (entry is DirectoryInfo)
            {
                Enter(entryDisplay, entryReal, depth + 1, throughLink: false);
            }
            else
            {
                _files.Add(entryDisplay);
            }
        }
    }

    private void Follow(string display, string real, string target, int depth)
    {
        if (SourceTree.IsWithin(Path.GetDirectoryName(real)!, target))
        {
            tree.Add(display, DiagnosticCodes.LinkLoop, $"the symbolic link makes a loop: it points to {tree.Describe(target)}, a folder that contains it");
        }
        else
        {
            Enter(display, target, depth, throughLink: true);
        }
    }

    private void Enter(string display, string real, int depth, bool throughLink)
    {
        if (_entered.TryGetValue(real, out var seen))
        {
            tree.Add(display, DiagnosticCodes.LinkLoop, throughLink
                ? $"the symbolic link points to {seen}, a folder that is read already; a folder is read once (link its files instead)"
                : $"the folder is {seen} again (reached through a symbolic link), which is read already; a folder is read once (link its files instead)");
        }
        else if (depth <= maxDepth)
        {
            _entered[real] = display;
            _folders.Push((display, real, depth));
        }
    }
}
