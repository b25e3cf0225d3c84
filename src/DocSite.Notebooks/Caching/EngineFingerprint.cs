using System.Security.Cryptography;
using System.Text;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// What identifies the engine in cache keys: the cache format and what the worker loads, so that a change to how
/// the worker runs or formats cells, or a kernel or package upgrade in its folder, invalidates cached outputs.
/// That is its dependency manifest (<c>.deps.json</c>), its runtime settings and every assembly in its folder, by
/// name and content (builds are deterministic and path-mapped, so a rebuild of the same code hashes the same);
/// not its symbols or documentation. Hashing the folder (about 70 MB) takes a fraction of a second, once per process.
/// </summary>
internal static class EngineFingerprint
{
    /// <summary>Bump when the cache entry's layout changes.</summary>
    public const int CacheFormat = 2;

    private static readonly string[] LoadedFiles = ["*.dll", "*.deps.json", "*.runtimeconfig.json"];

    private static readonly Lazy<string> Value = new(() => Of(Execution.WorkerLocator.TryFindWorkerAssembly()));

    public static string Current => Value.Value;

    /// <param name="workerAssembly">The worker's DocSite.NotebookWorker.dll, if there is one.</param>
    internal static string Of(string? workerAssembly)
    {
        if (workerAssembly is null)
        {
            return $"format {CacheFormat}; no worker";
        }

        var folder = Path.GetDirectoryName(workerAssembly)!;
        var files = new StringBuilder();
        foreach (var file in LoadedFiles.SelectMany(pattern => Directory.EnumerateFiles(folder, pattern, SearchOption.AllDirectories))
                     .Distinct(StringComparer.Ordinal)
                     .Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            files.Append(Path.GetRelativePath(folder, file).Replace('\\', '/')).Append(' ')
                .Append(Convert.ToHexStringLower(SHA256.HashData(stream))).Append('\n');
        }

        return $"format {CacheFormat}; worker {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(files.ToString())))}";
    }
}
