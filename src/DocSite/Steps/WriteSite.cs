using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Writes the site into a temporary folder beside the output folder and swaps it in only when everything
/// was written, so a failed build leaves the previous site as it was.
/// </summary>
public static class WriteSite
{
    public static int Run(string outputDirectory, IEnumerable<OutputFile> files, IEnumerable<(string Source, string Output)> copies, int jobs)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(output)!;
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.staging-{Guid.NewGuid():N}");
        var count = 0;
        try
        {
            Directory.CreateDirectory(staging);
            var options = new ParallelOptions { MaxDegreeOfParallelism = jobs };
            Parallel.ForEach(files, options, file =>
            {
                var target = Target(staging, file.Path);
                File.WriteAllBytes(target, file.Content);
                Interlocked.Increment(ref count);
            });
            Parallel.ForEach(copies, options, copy =>
            {
                File.Copy(copy.Source, Target(staging, copy.Output), overwrite: true);
                Interlocked.Increment(ref count);
            });
            Swap(staging, output, parent, name);
            return count;
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

    private static void Swap(string staging, string output, string parent, string name)
    {
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }
        var old = Path.Combine(parent, $".{name}.old-{Guid.NewGuid():N}");
        Directory.Move(output, old);
        Directory.Move(staging, output);
        TryDelete(old);
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is harmless; the next build uses a new name.
        }
    }
}
