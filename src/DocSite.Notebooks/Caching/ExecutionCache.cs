using System.Security.Cryptography;
using System.Text.Json;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// Executed outputs on disk, one file per cache key: a header line (format, key, payload length and SHA-256)
/// then the JSON payload. Written to a temporary file and renamed, so readers never see half a file; an entry
/// that fails any check (truncated, edited, from another format) counts as missing and is removed.
/// </summary>
internal sealed class ExecutionCache(string directory, Action<string> log)
{
    public string Directory { get; } = directory;

    public CacheEntry? TryRead(string key, int expectedCells)
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

            var entry = JsonSerializer.Deserialize<CacheEntry>(payload, ProtocolJson.Options)
                ?? throw new InvalidDataException("empty payload");
            if (entry.Cells.Count != expectedCells)
            {
                throw new InvalidDataException($"it holds {entry.Cells.Count} cells, expected {expectedCells}");
            }

            return entry;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            log($"cache entry {Path.GetFileName(path)} is unusable ({e.Message}); the notebook runs again");
            TryDelete(path);
            return null;
        }
    }

    public void Write(string key, CacheEntry entry)
    {
        var path = PathFor(key);
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var payload = JsonSerializer.SerializeToUtf8Bytes(entry, ProtocolJson.Options);
        var header = new CacheHeader(EngineFingerprint.CacheFormat, key, payload.Length, Convert.ToHexStringLower(SHA256.HashData(payload)));
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(header, ProtocolJson.Options));
                stream.WriteByte((byte)'\n');
                stream.Write(payload);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (IOException e)
        {
            // A cache that cannot be written costs a re-run next time, not a failed build.
            log($"cannot write cache entry {Path.GetFileName(path)}: {e.Message}");
            TryDelete(temporary);
        }
    }

    private string PathFor(string key) => Path.Combine(Directory, key[..2], key + ".json");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
