using System.Text.Json.Nodes;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Ipynb;

/// <summary>The JSON of what has no .ipynb of its own: a .dib notebook (as Polyglot Notebooks writes it), its cells, the injected parameters cell.</summary>
internal static class IpynbCells
{
    public static JsonObject NewNotebook() => new()
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

    /// <param name="number">The cell's 1-based position, for its id.</param>
    public static JsonObject NewCell(int number, CellKind kind, string kernelName, string source, IReadOnlyList<string> tags)
    {
        var metadata = new JsonObject();
        if (kind == CellKind.Code)
        {
            metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName };
        }

        if (tags.Count > 0)
        {
            metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode)t).ToArray());
        }

        var json = new JsonObject
        {
            ["cell_type"] = kind switch { CellKind.Code => "code", CellKind.Raw => "raw", _ => "markdown" },
            ["id"] = $"cell-{number}",
            ["metadata"] = metadata,
            ["source"] = IpynbText.Lines(source),
        };
        if (kind == CellKind.Code)
        {
            json["execution_count"] = null;
            json["outputs"] = new JsonArray();
        }

        return json;
    }

    /// <param name="withId">Whether the notebook's cells have ids (nbformat 4.5), so that this one needs one too.</param>
    public static JsonObject Injected(string code, bool withId)
    {
        var json = new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject
            {
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = KernelNames.CSharp },
                ["tags"] = new JsonArray(CellTags.InjectedParameters),
            },
            ["outputs"] = new JsonArray(),
            ["source"] = IpynbText.Lines(code),
        };
        if (withId)
        {
            json["id"] = CellTags.InjectedParameters;
        }

        return json;
    }
}
