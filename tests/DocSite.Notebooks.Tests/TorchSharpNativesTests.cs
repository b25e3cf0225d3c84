using System.Runtime.InteropServices;
using DocSite.Notebooks.Native;

namespace DocSite.Notebooks.Tests;

public sealed class TorchSharpNativesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("docsite-natives").FullName;

    // Where a test cannot run here, it says so: skipped, not passed.
    [SkippableFact]
    public async Task Builds_a_folder_of_links_once_and_reuses_it()
    {
        Skip.IfNot(OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64, "the natives folder is built on Linux x64 only");

        var packages = FakePackages();
        var logs = new List<string>();
        var cache = Path.Combine(_root, "cache");

        var folder = await new TorchSharpNatives(cache, logs.Add, packages).PrepareAsync("9.9.9", CancellationToken.None);

        Assert.Equal(Path.Combine(cache, "native", "torchsharp-cpu-9.9.9"), folder);
        Assert.Equal(["libLibTorchSharp.so", "libc10.so", "libtorch.so"],
            Directory.GetFiles(folder!).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        Assert.NotNull(new FileInfo(Path.Combine(folder!, "libtorch.so")).LinkTarget);
        Assert.Contains(logs, l => l.Contains("LD_LIBRARY_PATH=" + folder, StringComparison.Ordinal));

        // A second engine finds it complete and builds nothing (the packages may even be gone from the folder it was given).
        var again = await new TorchSharpNatives(cache, _ => { }, Path.Combine(_root, "empty")).PrepareAsync("9.9.9", CancellationToken.None);
        Assert.Equal(folder, again);
    }

    [SkippableFact]
    public void Real_TorchSharp_library_needs_the_GCC_13_marker_version()
    {
        var library = Path.Combine(NuGetPackages.DefaultRoot, "torchsharp", "0.107.0", "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        Skip.IfNot(File.Exists(library), $"TorchSharp 0.107.0 is not in the NuGet cache ({library})");

        var needs = ElfVersionNeeds.Read(File.ReadAllBytes(library));
        Assert.Contains(needs, n => n.Library == "libstdc++.so.6" && n.Version == "GLIBCXX_3.4.32");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A NuGet folder with TorchSharp-cpu's dependency chain; the "library" is a real ELF file of the runtime.</summary>
    private string FakePackages()
    {
        var packages = Path.Combine(_root, "packages");
        void Nuspec(string id, string version, string dependency, string dependencyVersion)
        {
            var folder = Path.Combine(packages, id.ToLowerInvariant(), version);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, id.ToLowerInvariant() + ".nuspec"),
                $"""<package><metadata><dependencies><group><dependency id="{dependency}" version="{dependencyVersion}" /></group></dependencies></metadata></package>""");
        }

        Nuspec("TorchSharp-cpu", "9.9.9", "libtorch-cpu", "1.2.3");
        Nuspec("libtorch-cpu", "1.2.3", "libtorch-cpu-linux-x64", "1.2.3");
        var natives = Path.Combine(packages, "libtorch-cpu-linux-x64", "1.2.3", "runtimes", "linux-x64", "native");
        Directory.CreateDirectory(natives);
        File.WriteAllText(Path.Combine(natives, "libtorch.so"), "x");
        File.WriteAllText(Path.Combine(natives, "libc10.so"), "x");
        var torchSharp = Path.Combine(packages, "torchsharp", "9.9.9", "runtimes", "linux-x64", "native");
        Directory.CreateDirectory(torchSharp);
        var elf = Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "libSystem.Native.so");
        File.Copy(elf, Path.Combine(torchSharp, "libLibTorchSharp.so"));
        return packages;
    }
}
