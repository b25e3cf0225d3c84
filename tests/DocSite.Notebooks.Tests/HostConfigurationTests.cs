using System.Diagnostics;
using System.Reflection;
using DocSite.Notebooks.Caching;

namespace DocSite.Notebooks.Tests;

/// <summary>
/// CI's tests build in Debug and the site job in Release: both must get the same worker, or their cache keys
/// differ and neither reuses what the other ran. This builds the engine in Release beside this Debug build and
/// compares the worker fingerprints (the part of every cache key that comes from the engine).
/// </summary>
public sealed class HostConfigurationTests : IDisposable
{
    private static readonly TimeSpan BuildLimit = TimeSpan.FromMinutes(5);
    private readonly string _output = Directory.CreateTempSubdirectory("docsite-release-host").FullName;

    [Fact]
    public async Task Debug_and_release_hosts_give_the_same_cache_keys()
    {
        var project = Path.Combine(RepositoryRoot(), "src", "DocSite.Notebooks", "DocSite.Notebooks.csproj");
        var readyToRun = typeof(HostConfigurationTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NotebookWorkerReadyToRun").Value;

        // No build servers: nothing this test starts outlives it.
        var (exitCode, log) = await RunAsync("dotnet",
            ["build", project, "-c", "Release", "-o", _output, "--no-restore", "-v", "q", "--disable-build-servers",
             "-nodeReuse:false", "-p:UseSharedCompilation=false", $"-p:NotebookWorkerReadyToRun={readyToRun}"]);

        Assert.True(exitCode == 0, log);
        var releaseWorker = Path.Combine(_output, "notebook-worker", "DocSite.NotebookWorker.dll");
        Assert.Equal(EngineFingerprint.Current, EngineFingerprint.Of(releaseWorker));
    }

    public void Dispose() => Directory.Delete(_output, recursive: true);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Site.csproj"))) return dir.FullName;
        }

        throw new InvalidOperationException("Site.csproj was not found above " + AppContext.BaseDirectory);
    }

    private static async Task<(int ExitCode, string Log)> RunAsync(string file, string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(BuildLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }

        return (process.ExitCode, await output + await errors);
    }
}
