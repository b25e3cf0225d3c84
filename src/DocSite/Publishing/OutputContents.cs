namespace DocSite.Publishing;

/// <summary>
/// Replaces what an output folder holds, for an output folder that cannot itself be renamed (a mount point):
/// the old entries are moved aside into a folder inside it, the new ones moved in, then the old deleted.
/// Moves within one file system are renames, so the site is swapped entry by entry, never copied; if a move
/// fails, what was moved is moved back.
/// </summary>
internal static class OutputContents
{
    /// <param name="staging">The new site: a folder inside <paramref name="output"/>, or beside it on the same file system.</param>
    /// <param name="output">The folder to keep, with new contents.</param>
    public static void Swap(string staging, string output)
    {
        var aside = Path.Combine(output, $".docsite-old-{Guid.NewGuid():N}");
        Directory.CreateDirectory(aside);
        // Everything else goes, leftovers of an interrupted build included.
        var old = Directory.GetFileSystemEntries(output)
            .Where(e => e != aside && e != staging)
            .Select(Path.GetFileName)
            .ToList();
        var fresh = Directory.GetFileSystemEntries(staging).Select(Path.GetFileName).ToList();
        var movedOld = new List<string>();
        var movedFresh = new List<string>();
        try
        {
            foreach (var name in old)
            {
                Move(Path.Combine(output, name!), Path.Combine(aside, name!));
                movedOld.Add(name!);
            }

            foreach (var name in fresh)
            {
                Move(Path.Combine(staging, name!), Path.Combine(output, name!));
                movedFresh.Add(name!);
            }
        }
        catch
        {
            foreach (var name in movedFresh) TryMove(Path.Combine(output, name), Path.Combine(staging, name));
            foreach (var name in movedOld) TryMove(Path.Combine(aside, name), Path.Combine(output, name));
            OutputFolderWriter.TryDelete(aside);
            throw;
        }

        OutputFolderWriter.TryDelete(aside);
        OutputFolderWriter.TryDelete(staging);
    }

    private static void Move(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    private static void TryMove(string from, string to)
    {
        try
        {
            Move(from, to);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Rolling back as far as possible: the error that stopped the swap is the one reported.
        }
    }
}
