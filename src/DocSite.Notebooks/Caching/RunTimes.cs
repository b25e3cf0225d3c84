using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using DocSite.Notebooks.Files;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// How long each notebook took when it last ran, so that shards can be balanced: one small file per notebook
/// under <c>times/</c> in the cache folder (JSON, named by a hash of the notebook's path, ending <c>.time</c> so that only entries end <c>.json</c>). One file per notebook, not
/// one shared file, so that merging the caches of several shards stays a plain copy. Kept by path, not by cache
/// key: an edited notebook is planned by the time of its previous version.
/// </summary>
internal sealed class RunTimes(string cacheDirectory)
{
    public const string FolderName = "times";

    private string Folder => Path.Combine(cacheDirectory, FolderName);

    public double? TryRead(string notebook)
    {
        try
        {
            var record = JsonSerializer.Deserialize<RunTime>(File.ReadAllBytes(PathFor(notebook)), ProtocolJson.Options);
            return record is not null && record.Notebook == notebook && double.IsFinite(record.Seconds) && record.Seconds >= 0 ? record.Seconds : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            return null;
        }
    }

    public void Write(string notebook, TimeSpan elapsed)
    {
        try
        {
            AtomicFile.Write(PathFor(notebook), JsonSerializer.SerializeToUtf8Bytes(new RunTime(notebook, Math.Round(elapsed.TotalSeconds, 1)), ProtocolJson.Options));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without a record the notebook is planned as never run: a worse balance, not a failure.
        }
    }

    /// <summary>The record files of notebooks other than <paramref name="notebooks"/>.</summary>
    public IEnumerable<string> FilesNotFor(IEnumerable<string> notebooks)
    {
        if (!Directory.Exists(Folder)) return [];
        var kept = notebooks.Select(PathFor).ToHashSet(StringComparer.Ordinal);
        return Directory.EnumerateFiles(Folder).Where(file => !kept.Contains(file)).ToList();
    }

    private string PathFor(string notebook) =>
        Path.Combine(Folder, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(notebook)))[..32] + ".time");
}
