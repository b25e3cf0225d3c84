using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Ipynb;

/// <summary>How notebooks are written: as Jupyter and VS Code write them (one-space indent, readable CJK), with a final newline.</summary>
internal static class IpynbJson
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 1,
    };

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] ToBytes(JsonObject notebook) => [.. JsonSerializer.SerializeToUtf8Bytes(notebook, Indented), (byte)'\n'];

    /// <summary>A JSON value as one line of text (a MIME bundle's JSON types, as the kernel gave them).</summary>
    public static string ToText(JsonNode node) => node.ToJsonString(Compact);
}
