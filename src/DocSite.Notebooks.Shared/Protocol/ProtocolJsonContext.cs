using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocSite.Notebooks.Protocol;

/// <summary>
/// Serialization code for the worker protocol, generated at compile time: a worker and the engine each
/// exchange their first messages while starting, when building the same code by reflection costs tens of
/// milliseconds.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, WriteIndented = false)]
[JsonSerializable(typeof(WorkerRequest))]
[JsonSerializable(typeof(WorkerMessage))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext;
