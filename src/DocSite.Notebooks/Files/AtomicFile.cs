namespace DocSite.Notebooks.Files;

/// <summary>
/// Writes a file so that a reader sees the old content or the new, never half of it: the bytes go to a
/// temporary file beside it (same folder, so the same file system), flushed to disk, then renamed over it.
/// </summary>
public static class AtomicFile
{
    /// <param name="path">The file to write; its folder is created if missing.</param>
    /// <param name="write">Writes the content into the stream of the temporary file.</param>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    public static void Write(string path, ReadOnlyMemory<byte> content) => Write(path, stream => stream.Write(content.Span));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Left behind: a later write uses another name.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
