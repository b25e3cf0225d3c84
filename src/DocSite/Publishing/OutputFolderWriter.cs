using DocSite.Diagnostics;
using DocSite.Notebooks.Sources;
using DocSite.Pipeline;

namespace DocSite.Publishing;

/// <summary>
/// Writes the site into a temporary folder and swaps it in only when everything was written, so a failed
/// build leaves the previous site as it was. The swap renames the output folder; where that cannot be done
/// (a mount point: a bind mount, a Docker volume), it swaps the folder's contents instead, and says so.
/// A site that cannot be written (a full disk, a read-only folder) is one OUT002 error.
/// </summary>
public static class OutputFolderWriter
{
    private const string Note = "  write      ";

    /// <returns>How many files were written.</returns>
    /// <exception cref="BuildFailedException">The output folder cannot be written; it is as it was.</exception>
    public static int Write(string outputDirectory, IEnumerable<OutputFile> files, IEnumerable<(string Source, string Output)> copies, int jobs, BuildLog log) =>
        Write(outputDirectory, files, copies, jobs, log, Directory.Move);

    /// <param name="moveFolder">Renames the output folder (tests make it fail as a mount point does).</param>
    internal static int Write(string outputDirectory, IEnumerable<OutputFile> files, IEnumerable<(string Source, string Output)> copies, int jobs,
        BuildLog log, Action<string, string> moveFolder)
    {
        var output = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputDirectory));
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        // A mount point cannot be renamed, and its contents can only be moved within it: stage inside it.
        var mountPoint = IsMountPoint(output);
        var staging = mountPoint
            ? Path.Combine(output, $".docsite-staging-{Guid.NewGuid():N}")
            : Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var count = 0;
        try
        {
            Directory.CreateDirectory(staging);
            var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
            Parallel.ForEach(files, options, file =>
            {
                File.WriteAllBytes(Target(staging, file.Path), file.Content);
                Interlocked.Increment(ref count);
            });
            Parallel.ForEach(copies, options, copy =>
            {
                File.Copy(copy.Source, Target(staging, copy.Output), overwrite: true);
                Interlocked.Increment(ref count);
            });

            if (mountPoint)
            {
                OutputContents.Swap(staging, output);
                log.Info(Note + "output is a mount point: replaced its contents");
            }
            else if (SwapFolder(staging, output, moveFolder) is { } renameFailure)
            {
                OutputContents.Swap(staging, output);
                log.Info(Note + $"output could not be renamed ({renameFailure}): replaced its contents");
            }
            return count;
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            TryDelete(staging);
            // The staging folder means nothing to the user: name the file as it would be in the output folder.
            var reason = failure.Message.Replace(staging, output, StringComparison.Ordinal);
            throw new BuildFailedException(new BuildDiagnostic(output, null, null, DiagnosticCodes.OutputWrite, $"cannot write the site: {reason}"));
        }
        catch
        {
            TryDelete(staging);
            throw;
        }
    }

    private static string Target(string staging, string relative)
    {
        var target = Path.Combine(staging, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        return target;
    }

    /// <returns>Null when swapped; why, when the output folder cannot be renamed (then nothing changed).</returns>
    private static string? SwapFolder(string staging, string output, Action<string, string> moveFolder)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return null;
        }

        var old = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.old-{Guid.NewGuid():N}");
        try
        {
            moveFolder(output, old);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return e.Message;
        }

        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(old, output);
            throw;
        }

        TryDelete(old);
        return null;
    }

    // /proc/self/mountinfo on Linux (what DriveInfo lists there); elsewhere the rename is tried and its failure handled.
    private static bool IsMountPoint(string output)
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(output)) return false;
        var real = RealPath.Of(output) ?? output;
        try
        {
            return DriveInfo.GetDrives().Any(d => string.Equals(Path.TrimEndingDirectorySeparator(d.Name), real, StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    // A failure of the disk or the folder (full, read-only, not permitted), not of the generator.
    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };

    internal static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
