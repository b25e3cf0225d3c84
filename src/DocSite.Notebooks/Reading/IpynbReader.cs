using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Ipynb;

namespace DocSite.Notebooks.Reading;

/// <summary>Reads .ipynb notebooks as VS Code / Polyglot Notebooks and Jupyter (with a .NET kernelspec) write them.</summary>
internal static class IpynbReader
{
    public static NotebookDocument Read(string sourcePath, string fullPath, string text)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(text) as JsonObject ?? throw new NotebookReadException("not a JSON object");
        }
        catch (JsonException e)
        {
            throw NotebookReadException.InvalidJson("invalid JSON", e, text);
        }

        return Read(sourcePath, fullPath, root, SettingsReader.Read((root["metadata"] as JsonObject)?["docsite"]));
    }

    /// <summary>The cells of <paramref name="root"/>, an nbformat 4 notebook (read from a file, or converted from a .dib).</summary>
    public static NotebookDocument Read(string sourcePath, string fullPath, JsonObject root, NotebookSettings settings)
    {
        var defaultKernel = DefaultKernel(root["metadata"] as JsonObject);
        if (root["cells"] is not JsonArray cells)
        {
            throw new NotebookReadException("no \"cells\" list (only nbformat 4 notebooks are read)");
        }

        var read = new List<NotebookCell>();
        foreach (var node in cells)
        {
            if (node is not JsonObject cell)
            {
                throw new NotebookReadException($"cell {read.Count + 1} is not an object");
            }

            read.Add(ReadCell(read.Count + 1, cell, defaultKernel));
        }

        return new NotebookDocument(sourcePath, fullPath, root, read, settings);
    }

    private static NotebookCell ReadCell(int number, JsonObject cell, string defaultKernel)
    {
        var source = IpynbText.Read(cell["source"]);
        var metadata = cell["metadata"] as JsonObject;
        var tags = new List<string>();
        if (metadata?["tags"] is JsonArray tagArray)
        {
            tags.AddRange(tagArray.Select(t => t?.GetValue<string>()).OfType<string>());
        }

        var type = cell["cell_type"]?.GetValue<string>();
        switch (type)
        {
            case "markdown":
                return Cell(number, CellKind.Markdown, KernelNames.Markdown, source, tags);
            case "raw":
                return Cell(number, CellKind.Raw, KernelNames.Raw, source, tags);
            case "code":
                tags.AddRange(CellOptions.Tags(source));
                var kernel = KernelNames.FromMagicLine(source)
                    ?? StringAt(metadata, "polyglot_notebook", "kernelName")
                    ?? StringAt(metadata, "dotnet_interactive", "language")
                    ?? defaultKernel;
                var canonical = KernelNames.Normalize(kernel) ?? kernel;
                return canonical == KernelNames.Markdown
                    ? Cell(number, CellKind.Markdown, KernelNames.Markdown, source, tags)
                    : Cell(number, CellKind.Code, canonical, source, tags);
            default:
                throw new NotebookReadException($"cell {number} has an unknown cell_type \"{type}\"");
        }
    }

    private static NotebookCell Cell(int number, CellKind kind, string kernelName, string source, List<string> tags) =>
        new(number, kind, kernelName, source, tags.Distinct().ToArray(), [], null);

    /// <summary>The notebook's default kernel, from the places Polyglot Notebooks and Jupyter record it.</summary>
    private static string DefaultKernel(JsonObject? metadata)
    {
        string?[] candidates =
        [
            StringAt(metadata, "polyglot_notebook", "kernelInfo", "defaultKernelName"),
            StringAt(metadata, "kernelInfo", "defaultKernelName"),
            StringAt(metadata, "dotnet_interactive", "defaultKernelName"),
            KernelNames.Normalize(StringAt(metadata, "kernelspec", "language")),
            KernelNames.Normalize(StringAt(metadata, "kernelspec", "name")),
            KernelNames.Normalize(StringAt(metadata, "language_info", "name")),
        ];
        return KernelNames.Normalize(candidates.FirstOrDefault(c => c is not null)) ?? KernelNames.CSharp;
    }

    private static string? StringAt(JsonObject? node, params string[] path)
    {
        JsonNode? current = node;
        foreach (var name in path)
        {
            current = (current as JsonObject)?[name];
        }

        return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
