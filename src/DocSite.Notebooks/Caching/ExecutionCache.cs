using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Files;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// Executed notebooks on disk, one file per cache key: a header line (format, key, payload length and SHA-256)
/// then the executed .ipynb. Written to a temporary file and renamed, so readers never see half a file; an entry
/// that fails any check (truncated, edited, from another format, not a run of the notebook) counts as missing
/// and is removed.
/// </summary>
internal sealed class ExecutionCache(string directory, Action<string> log)
{
    /// <param name="use">Turns the cached notebook into what the caller needs; throws <see cref="InvalidDataException"/> when it cannot.</param>
    public T? TryRead<T>(string key, Func<JsonObject, T> use)
        where T : class
    {
        var path = PathFor(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline < 0)
            {
                throw new InvalidDataException("no header line");
            }

            var header = JsonSerializer.Deserialize<CacheHeader>(bytes.AsSpan(0, newline), ProtocolJson.Options)
                ?? throw new InvalidDataException("empty header");
            var payload = bytes.AsSpan(newline + 1);
            if (header.Format != EngineFingerprint.CacheFormat || header.Key != key)
            {
                throw new InvalidDataException($"written for format {header.Format}, key {header.Key}");
            }

            if (payload.Length != header.Length || Convert.ToHexStringLower(SHA256.HashData(payload)) != header.Sha256)
            {
                throw new InvalidDataException("its content does not match its checksum (truncated or edited)");
            }

            var notebook = JsonNode.Parse(payload) as JsonObject ?? throw new InvalidDataException("not a notebook");
            return use(notebook);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            log($"cache entry {Path.GetFileName(path)} is unusable ({e.Message}); the notebook runs again");
            TryDelete(path);
            return null;
        }
    }

    /// <param name="payload">The executed notebook (.ipynb).</param>
    public void Write(string key, byte[] payload)
    {
        var path = PathFor(key);
        var header = new CacheHeader(EngineFingerprint.CacheFormat, key, payload.Length, Convert.ToHexStringLower(SHA256.HashData(payload)));
        try
        {
            AtomicFile.Write(path, stream =>
            {
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options));
                stream.WriteByte((byte)'\n');
                stream.Write(payload);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A cache that cannot be written costs a re-run next time, not a failed build.
            log($"cannot write cache entry {Path.GetFileName(path)}: {e.Message}");
        }
    }

    /// <summary>Whether an entry is stored under the key (not whether it is intact: reading it checks that).</summary>
    public bool Contains(string key) => File.Exists(PathFor(key));

    /// <summary>Deletes every entry (and any leftover temporary file) not stored under one of <paramref name="keys"/>.</summary>
    /// <returns>How many files were deleted.</returns>
    public int RemoveAllBut(IReadOnlySet<string> keys)
    {
        if (!Directory.Exists(directory)) return 0;
        var kept = keys.Select(PathFor).ToHashSet(StringComparer.Ordinal);
        var removed = 0;
        foreach (var folder in Directory.EnumerateDirectories(directory).Where(IsEntryFolder))
        {
            foreach (var file in Directory.EnumerateFiles(folder).Where(file => !kept.Contains(file)))
            {
                removed += TryDelete(file) ? 1 : 0;
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }

        return removed;
    }

    private string PathFor(string key) => Path.Combine(directory, key[..2], key + ".json");

    // Entries live in folders named by the first two hex digits of their key; other folders (native/, times/) are not entries.
    private static bool IsEntryFolder(string folder) => Path.GetFileName(folder) is { Length: 2 } name && name.All(char.IsAsciiHexDigitLower);

    private static bool TryDelete(string path)
    {
        try
        {
            File.Delete(path);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }
}
