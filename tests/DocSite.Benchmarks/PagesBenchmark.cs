using System.Diagnostics;

namespace DocSite.Benchmarks;

/// <summary>
/// Measures a cold build of a generated corpus by the real Site executable, process start included:
/// builds Site in Release, then times <c>dotnet Site.dll build</c> several times and reports pages per second.
/// </summary>
public static class PagesBenchmark
{
    public static int Run(int count, int runs)
    {
        var repository = FindRepository();
        var work = Path.Combine(Path.GetTempPath(), "docsite-bench-pages");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        var pages = CorpusGenerator.Write(work, count);
        Console.WriteLine($"corpus: {pages} pages in {work}");

        Exec("dotnet", $"build -c Release \"{Path.Combine(repository, "Site.csproj")}\" -v q -nologo", repository);
        var site = Path.Combine(repository, "bin", "Release", "net10.0", "Site.dll");

        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            Exec("dotnet", $"\"{site}\" build --root \"{work}\" --output \"{Path.Combine(work, "output")}\"", work, quiet: true);
            times.Add(watch.Elapsed.TotalSeconds);
            Console.WriteLine($"run {i + 1}: {times[^1]:0.000} s wall");
        }
        times.Sort();
        var median = times[times.Count / 2];
        Console.WriteLine($"median {median:0.000} s for {pages} pages = {pages / median:0} pages/s (process start included; best {times[0]:0.000} s)");
        return 0;
    }

    private static void Exec(string file, string arguments, string directory, bool quiet = false)
    {
        var start = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = quiet };
        using var process = Process.Start(start)!;
        if (quiet) process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"`{file} {arguments}` exited with {process.ExitCode}");
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.csproj"))) return dir.FullName;
        }
        throw new InvalidOperationException("run from inside the repository");
    }
}
