using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Writing;

/// <summary>
/// Writes an executed notebook as .ipynb (nbformat 4). A source .ipynb keeps every field it had (metadata,
/// cell ids); only outputs and execution counts change, plus the injected parameters cell. A .dib becomes a
/// Polyglot Notebooks .ipynb.
/// </summary>
internal static class IpynbWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        IndentSize = 1,
    };

    public static byte[] Write(NotebookDocument document, IReadOnlyList<NotebookCell> cells, InjectedCell? injected)
    {
        var root = document.Json?.DeepClone().AsObject() ?? NewNotebook();
        var written = new JsonArray();
        var originals = (document.Json?["cells"] as JsonArray)?.Select(c => c?.DeepClone().AsObject()).ToArray();
        foreach (var cell in cells)
        {
            var json = originals?[cell.Number - 1] ?? NewCell(cell);
            if (cell.Kind == CellKind.Code)
            {
                json["outputs"] = Outputs(cell.Outputs, cell.ExecutionCount);
                json["execution_count"] = cell.ExecutionCount;
            }

            written.Add(json);
            if (injected is not null && injected.AfterNumber == cell.Number)
            {
                written.Add(InjectedJson(injected, hasIds: json["id"] is not null));
            }
        }

        root["cells"] = written;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(root, Json);
        return [.. bytes, (byte)'\n'];
    }

    private static JsonObject NewNotebook() => new()
    {
        ["cells"] = new JsonArray(),
        ["metadata"] = new JsonObject
        {
            ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
            ["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" },
            ["polyglot_notebook"] = new JsonObject
            {
                ["kernelInfo"] = new JsonObject
                {
                    ["defaultKernelName"] = KernelNames.CSharp,
                    ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["name"] = KernelNames.CSharp }),
                },
            },
        },
        ["nbformat"] = 4,
        ["nbformat_minor"] = 5,
    };

    private static JsonObject NewCell(NotebookCell cell)
    {
        var metadata = new JsonObject();
        if (cell.Kind == CellKind.Code)
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.KernelName };
        }

        if (cell.Tags.Count > 0)
        {
            metadata["tags"] = new JsonArray(cell.Tags.Select(t => (JsonNode)t).ToArray());
        }

        var json = new JsonObject
        {
            ["cell_type"] = cell.Kind switch { CellKind.Code => "code", CellKind.Raw => "raw", _ => "markdown" },
            ["id"] = $"cell-{cell.Number}",
            ["metadata"] = metadata,
            ["source"] = Lines(cell.Source),
        };
        if (cell.Kind == CellKind.Code)
        {
            json["execution_count"] = null;
            json["outputs"] = new JsonArray();
        }

        return json;
    }

    private static JsonObject InjectedJson(InjectedCell injected, bool hasIds)
    {
        var json = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = injected.ExecutionCount,
            ["metadata"] = new JsonObject
            {
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = KernelNames.CSharp },
                ["tags"] = new JsonArray(CellTags.InjectedParameters),
            },
            ["outputs"] = Outputs(injected.Outputs, injected.ExecutionCount),
            ["source"] = Lines(injected.Code),
        };
        if (hasIds)
        {
            json["id"] = CellTags.InjectedParameters;
        }

        return json;
    }

    private static JsonArray Outputs(IReadOnlyList<CellOutput> outputs, int? executionCount) =>
        new(outputs.Select(output => (JsonNode)Output(output, executionCount)).ToArray());

    private static JsonObject Output(CellOutput output, int? executionCount) => output switch
    {
        StreamOutput stream => new JsonObject
        {
            ["name"] = stream.Name,
            ["output_type"] = "stream",
            ["text"] = Lines(stream.Text),
        },
        DisplayOutput { IsResult: true } result => new JsonObject
        {
            ["data"] = Data(result.Data),
            ["execution_count"] = executionCount,
            ["metadata"] = new JsonObject(),
            ["output_type"] = "execute_result",
        },
        DisplayOutput display => new JsonObject
        {
            ["data"] = Data(display.Data),
            ["metadata"] = new JsonObject(),
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

    /// <summary>Jupyter's list-of-lines form: each line keeps its line break except the last.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var line = end < 0 ? text[start..] : text[start..(end + 1)];
            lines.Add(line);
            start += line.Length;
        }

        return lines;
    }
}
