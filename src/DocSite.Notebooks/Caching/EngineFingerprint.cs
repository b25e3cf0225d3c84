using System.Security.Cryptography;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// What identifies the engine in cache keys: the cache format and the worker assembly's bytes (deterministic,
/// path-mapped builds), so a change to how the worker runs or formats cells invalidates cached outputs.
/// </summary>
internal static class EngineFingerprint
{
    /// <summary>Bump when the cache entry's layout changes.</summary>
    public const int CacheFormat = 1;

    private static readonly Lazy<string> Value = new(Compute);

    public static string Current => Value.Value;

    private static string Compute()
    {
        var worker = Execution.WorkerLocator.TryFindWorkerAssembly();
        var workerHash = worker is null ? "no-worker" : Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(worker)));
        return $"format {CacheFormat}; worker {workerHash}";
    }
}
