using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Ipynb;

/// <summary>Cell outputs as nbformat 4 writes them (<c>stream</c>, <c>execute_result</c>, <c>display_data</c>, <c>error</c>), both ways.</summary>
internal static class IpynbOutputs
{
    private const string ScrapbookKey = "scrapbook";

    public static JsonArray Write(IReadOnlyList<CellOutput> outputs, int executionCount) =>
        new(outputs.Select(output => (JsonNode)Write(output, executionCount)).ToArray());

    public static JsonObject Write(CellOutput output, int executionCount) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = IpynbText.Lines(stream.Text),
        },
        DisplayOutput { IsResult: true } result => new JsonObject
        {
            ["data"] = Data(result.Data),
            ["execution_count"] = executionCount,
            ["metadata"] = Metadata(result.Name),
            ["output_type"] = "execute_result",
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = Data(display.Data),
            ["metadata"] = Metadata(display.Name),
            ["output_type"] = "display_data",
        },
        ErrorOutput error => new JsonObject
        {
            ["ename"] = error.Name,
            ["evalue"] = error.Message,
            ["output_type"] = "error",
            ["traceback"] = new JsonArray(error.Message.Split('\n').Concat(error.Frames).Select(l => (JsonNode)l).ToArray()),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "unknown output type"),
    };

    /// <summary>The outputs of a cell as <see cref="Write(IReadOnlyList{CellOutput}, int)"/> wrote them.</summary>
    /// <exception cref="InvalidDataException">Not outputs this engine writes.</exception>
    public static IReadOnlyList<CellOutput> Read(JsonNode? outputs)
    {
        if (outputs is not JsonArray list)
        {
            throw new InvalidDataException("a cell's \"outputs\" is not a list");
        }

        try
        {
            return list.Select(ReadOne).ToArray();
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or JsonException)
        {
            throw new InvalidDataException($"an output is malformed: {e.Message}", e);
        }
    }

    private static CellOutput ReadOne(JsonNode? node)
    {
        var output = node as JsonObject ?? throw new InvalidDataException("an output is not an object");
        return output["output_type"]?.GetValue<string>() switch
        {
            "stream" => new StreamOutput(output["name"]!.GetValue<string>(), IpynbText.Read(output["text"])),
            "execute_result" => new DisplayOutput(Data(output["data"]), IsResult: true, PublishedName(output)),
            "display_data" => new DisplayOutput(Data(output["data"]), IsResult: false, PublishedName(output)),
            "error" => Error(output),
            var other => throw new InvalidDataException($"unknown output_type \"{other}\""),
        };
    }

    /// <summary>Names an output as published, the way myst-nb's <c>glue</c> does, so that Jupyter Book finds it too.</summary>
    public static void SetPublishedName(JsonObject output, string name) =>
        output["metadata"] = Metadata(name);

    private static JsonObject Metadata(string? publishedName) => publishedName is null
        ? new JsonObject()
        : new JsonObject { [ScrapbookKey] = new JsonObject { ["name"] = publishedName, ["mime_prefix"] = "" } };

    private static string? PublishedName(JsonObject output) =>
        output["metadata"]?[ScrapbookKey]?["name"]?.GetValue<string>();

    // The traceback repeats the message's lines before the frames.
    private static ErrorOutput Error(JsonObject output)
    {
        var message = output["evalue"]!.GetValue<string>();
        var traceback = output["traceback"] as JsonArray ?? [];
        var frames = traceback.Skip(message.Split('\n').Length).Select(l => l!.GetValue<string>()).ToArray();
        return new ErrorOutput(output["ename"]!.GetValue<string>(), message, frames);
    }

    /// <summary>MIME data: JSON types as JSON (as nbformat requires), everything else as text.</summary>
    private static JsonObject Data(IReadOnlyDictionary<string, string> data)
    {
        var json = new JsonObject();
        foreach (var (mimeType, value) in data)
        {
            json[mimeType] = IsJson(mimeType) ? ParseOrText(value) : value;
        }

        return json;
    }

    private static Dictionary<string, string> Data(JsonNode? data)
    {
        var bundle = data as JsonObject ?? throw new InvalidDataException("an output's \"data\" is not an object");
        return bundle.ToDictionary(
            entry => entry.Key,
            entry => IsJson(entry.Key) && entry.Value is not null ? IpynbJson.ToText(entry.Value) : IpynbText.Read(entry.Value),
            StringComparer.Ordinal);
    }

    private static bool IsJson(string mimeType) =>
        mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal);

    private static JsonNode? ParseOrText(string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            return value;
        }
    }
}
