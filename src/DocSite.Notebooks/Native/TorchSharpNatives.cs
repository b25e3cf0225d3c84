using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using DocSite.Notebooks.Execution;
using DocSite.Notebooks.Processes;

namespace DocSite.Notebooks.Native;

/// <summary>
/// Makes TorchSharp-cpu load in workers on any Linux x64. TorchSharp 0.107's libLibTorchSharp.so requires
/// GLIBCXX_3.4.32 (GCC 13's libstdc++) for a single marker symbol that nothing calls; Debian 12 ships GCC 12's
/// libstdc++ (up to 3.4.30), so loading fails there. Before a worker that references TorchSharp-cpu starts,
/// this builds a folder under the cache with libLibTorchSharp.so (a copy with the versions the system lacks
/// marked weak in .gnu.version_r, or a link to the original where nothing is missing) and links to every
/// file of libtorch's native folder; the worker starts with that folder first on LD_LIBRARY_PATH, so
/// TorchSharp's regular load finds it (and does not fall back to copying libtorch into the NuGet cache).
/// The NuGet cache is never modified. Packages missing from it are restored first, because the folder has to
/// exist before the worker starts, while the notebook's own <c>#r</c> restores only once it runs.
/// </summary>
/// <param name="cacheDirectory">The engine's cache folder; the native folders go under <c>native/</c>.</param>
/// <param name="log">Where to say what was done.</param>
/// <param name="packagesRoot">The NuGet packages folder to look in first (default: <see cref="NuGetPackages.DefaultRoot"/>).</param>
internal sealed class TorchSharpNatives(string cacheDirectory, Action<string> log, string? packagesRoot = null)
{
    private const string MarkerFile = ".complete";
    private static readonly ConcurrentDictionary<string, bool> Announced = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<string?>>> _folders = new(StringComparer.Ordinal);

    /// <summary>The folder to put on LD_LIBRARY_PATH for TorchSharp-cpu <paramref name="version"/>, or null where none is needed (not Linux x64).</summary>
    /// <exception cref="InvalidOperationException">The packages could not be restored or the folder could not be built.</exception>
    /// <param name="version">The TorchSharp-cpu version.</param>
    /// <param name="cancellationToken">Stops a restore (its process group is killed); one build's notebooks share one token.</param>
    public Task<string?> PrepareAsync(string version, CancellationToken cancellationToken) =>
        _folders.GetOrAdd(version, v => new Lazy<Task<string?>>(() => Task.Run(() => PrepareCoreAsync(v, cancellationToken), cancellationToken))).Value;

    private async Task<string?> PrepareCoreAsync(string version, CancellationToken cancellationToken)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return null;
        }

        var folder = Path.Combine(cacheDirectory, "native", $"torchsharp-cpu-{version}");
        if (IsComplete(folder))
        {
            Announce(folder);
            return folder;
        }

        var sources = FindSources(packagesRoot ?? NuGetPackages.DefaultRoot, version);
        if (sources is null)
        {
            var packagesRoot = await RestoreAsync(version, cancellationToken).ConfigureAwait(false);
            sources = FindSources(packagesRoot, version)
                ?? throw new InvalidOperationException($"TorchSharp-cpu {version} was restored into {packagesRoot}, but its Linux x64 native libraries are not there");
        }

        Build(folder, sources);
        Announce(folder);
        return folder;
    }

    private sealed record Sources(string TorchSharpLibrary, string LibTorchFolder);

    /// <summary>libLibTorchSharp.so of TorchSharp <paramref name="version"/>, and the libtorch native folder that TorchSharp-cpu depends on.</summary>
    private static Sources? FindSources(string packagesRoot, string version)
    {
        var library = Path.Combine(NuGetPackages.PackageFolder(packagesRoot, "TorchSharp", version), "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        var libTorchVersion = DependencyVersion(packagesRoot, "TorchSharp-cpu", version, "libtorch-cpu");
        var linuxVersion = libTorchVersion is null ? null : DependencyVersion(packagesRoot, "libtorch-cpu", libTorchVersion, "libtorch-cpu-linux-x64");
        if (!File.Exists(library) || linuxVersion is null)
        {
            return null;
        }

        var natives = Path.Combine(NuGetPackages.PackageFolder(packagesRoot, "libtorch-cpu-linux-x64", linuxVersion), "runtimes", "linux-x64", "native");
        return Directory.Exists(natives) && Directory.EnumerateFiles(natives).Any() ? new Sources(library, natives) : null;
    }

    /// <summary>The version of <paramref name="dependency"/> that package <paramref name="id"/> depends on, from its .nuspec.</summary>
    private static string? DependencyVersion(string packagesRoot, string id, string version, string dependency)
    {
        var nuspec = Path.Combine(NuGetPackages.PackageFolder(packagesRoot, id, version), id.ToLowerInvariant() + ".nuspec");
        if (!File.Exists(nuspec))
        {
            return null;
        }

        var range = XDocument.Load(nuspec).Descendants()
            .Where(e => e.Name.LocalName == "dependency" && string.Equals((string?)e.Attribute("id"), dependency, StringComparison.OrdinalIgnoreCase))
            .Select(e => (string?)e.Attribute("version"))
            .FirstOrDefault();
        return range?.Trim('[', ']', '(', ')').Split(',')[0].Trim();
    }

    /// <summary>Restores TorchSharp-cpu into the NuGet cache with a throwaway project; returns the packages folder it used.</summary>
    private async Task<string> RestoreAsync(string version, CancellationToken cancellationToken)
    {
        var project = Path.Combine(cacheDirectory, "native", $"restore-torchsharp-cpu-{version}");
        Directory.CreateDirectory(project);
        var projectFile = Path.Combine(project, "restore.csproj");
        await File.WriteAllTextAsync(projectFile, $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net{Environment.Version.Major}.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="TorchSharp-cpu" Version="{version}" /></ItemGroup>
            </Project>
            """).ConfigureAwait(false);

        log($"TorchSharp-cpu {version} is not in the NuGet cache yet; restoring it before starting notebooks that use it");
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = project,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "restore", projectFile, "-nologo", "-p:ImportDirectoryBuildProps=false", "-p:ImportDirectoryPackagesProps=false" })
        {
            start.ArgumentList.Add(argument);
        }

        WorkerEnvironment.Apply(start.Environment, []);
        // In a process group of its own, killed on timeout or when done, and dying with the build.
        await using var restore = StartRestore(start);
        var output = restore.Process.StandardOutput.ReadToEndAsync();
        var errors = restore.Process.StandardError.ReadToEndAsync();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromMinutes(20));
        try
        {
            await restore.Process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"restoring TorchSharp-cpu {version} took more than 20 minutes");
        }

        await restore.KillAsync().ConfigureAwait(false);
        if (restore.Process.ExitCode != 0)
        {
            throw new InvalidOperationException($"restoring TorchSharp-cpu {version} failed:\n{await output.ConfigureAwait(false)}{await errors.ConfigureAwait(false)}");
        }

        var assets = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(project, "obj", "project.assets.json")).ConfigureAwait(false));
        return (assets?["packageFolders"] as JsonObject)?.Select(p => p.Key).FirstOrDefault() ?? NuGetPackages.DefaultRoot;
    }

    private static GroupedProcess StartRestore(ProcessStartInfo start)
    {
        try
        {
            return GroupedProcess.StartGuarded(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"dotnet restore did not start: {e.Message}", e);
        }
    }

    /// <summary>Builds the folder next to its final place, then renames it, so a half-built folder is never used.</summary>
    private void Build(string folder, Sources sources)
    {
        var temporary = $"{folder}.tmp-{Environment.ProcessId}-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temporary);
        try
        {
            foreach (var file in Directory.EnumerateFiles(sources.LibTorchFolder))
            {
                File.CreateSymbolicLink(Path.Combine(temporary, Path.GetFileName(file)), file);
            }

            var note = WriteTorchSharpLibrary(temporary, sources.TorchSharpLibrary);
            File.WriteAllText(Path.Combine(temporary, MarkerFile), JsonSerializer.Serialize(new { note, sources.TorchSharpLibrary, sources.LibTorchFolder }));
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.Move(temporary, folder);
        }
        catch (IOException) when (IsComplete(folder))
        {
            // Another build made it at the same moment.
        }
        finally
        {
            if (Directory.Exists(temporary))
            {
                Directory.Delete(temporary, recursive: true);
            }
        }
    }

    /// <summary>Puts libLibTorchSharp.so into <paramref name="folder"/>, patched only if this system needs it; says what it did.</summary>
    private static string WriteTorchSharpLibrary(string folder, string original)
    {
        var target = Path.Combine(folder, Path.GetFileName(original));
        var bytes = File.ReadAllBytes(original);
        var system = SystemLibStdCxx.Locate();
        var missing = system is null
            ? []
            : ElfVersionNeeds.Read(bytes)
                .Where(r => r.Library.StartsWith("libstdc++", StringComparison.Ordinal) && !r.IsWeak && !SystemLibStdCxx.Defines(system, r.Version))
                .Select(r => r.Version)
                .ToHashSet(StringComparer.Ordinal);
        if (missing.Count == 0)
        {
            File.CreateSymbolicLink(target, original);
            return $"this system's libstdc++ ({system ?? "not found"}) has every version libLibTorchSharp.so needs; the original is linked";
        }

        ElfVersionNeeds.MarkWeak(bytes, missing);
        File.WriteAllBytes(target, bytes);
        return $"this system's libstdc++ ({system}) lacks {string.Join(", ", missing.Order(StringComparer.Ordinal))}, which libLibTorchSharp.so " +
            "requires only for an unused marker symbol; a copy with that requirement marked weak is used (the NuGet cache is untouched)";
    }

    private static bool IsComplete(string folder) =>
        File.Exists(Path.Combine(folder, MarkerFile))
        && Directory.EnumerateFiles(folder).All(File.Exists); // File.Exists follows links: false once the NuGet cache lost a target

    private void Announce(string folder)
    {
        if (!Announced.TryAdd(folder, true))
        {
            return;
        }

        var note = "";
        try
        {
            note = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, MarkerFile)))?["note"]?.GetValue<string>() ?? "";
        }
        catch (Exception e) when (e is IOException or JsonException)
        {
        }

        log($"TorchSharp natives: {note}; notebooks using TorchSharp-cpu start with LD_LIBRARY_PATH={folder}");
    }
}
