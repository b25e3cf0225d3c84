using System.Security.Cryptography;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// What identifies the engine in cache keys: the cache format and the worker assembly's bytes (deterministic,
/// path-mapped builds), so a change to how the worker runs or formats cells invalidates cached outputs.
/// </summary>
internal static class EngineFingerprint
{
    /// <summary>Bump when the cache entry's layout changes.</summary>
    public const int CacheFormat = 2;

    private static readonly Lazy<string> Value = new(() => Of(Execution.WorkerLocator.TryFindWorkerAssembly()));

    public static string Current => Value.Value;

    /// <param name="workerAssembly">The worker's DocSite.NotebookWorker.dll, if there is one.</param>
    internal static string Of(string? workerAssembly)
    {
        var workerHash = workerAssembly is null ? "no-worker" : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(workerAssembly)));
        return $"format {CacheFormat}; worker {workerHash}";
    }
}
