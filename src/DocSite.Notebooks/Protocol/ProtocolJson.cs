using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocSite.Notebooks.Protocol;

/// <summary>The one JSON setting both ends of the worker protocol (and the cache) use.</summary>
internal static class ProtocolJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = false,
    };
}
