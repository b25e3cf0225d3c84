using System.Text.Json;
using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Reading;

/// <summary>
/// Reads .dib notebooks: cells start at a line <c>#!kernel</c> (<c>#!csharp</c>, <c>#!markdown</c>…);
/// a <c>#!meta</c> cell holds the notebook's metadata as JSON (including <c>docsite</c>).
/// </summary>
internal static class DibReader
{
    private const string MetaMarker = "meta";

    public static NotebookDocument Read(string sourcePath, string fullPath, string text)
    {
        var sections = new List<(string Kernel, List<string> Lines)>();
        (string Kernel, List<string> Lines)? current = null;
        JsonObject? metadata = null;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = rawLine.TrimEnd();
            var marker = line.StartsWith("#!", StringComparison.Ordinal) ? line[2..].Trim() : null;
            if (marker is not null && (marker == MetaMarker || KernelNames.Normalize(marker) is not null))
            {
                current = (marker == MetaMarker ? MetaMarker : KernelNames.Normalize(marker)!, new List<string>());
                sections.Add(current.Value);
                continue;
            }

            if (current is null)
            {
                current = (KernelNames.CSharp, new List<string>());
                sections.Add(current.Value);
            }

            current.Value.Lines.Add(rawLine.TrimEnd('\r'));
        }

        var cells = new List<SourceCell>();
        foreach (var (kernel, lines) in sections)
        {
            var source = string.Join('\n', lines).Trim('\n');
            if (kernel == MetaMarker)
            {
                metadata = ParseMeta(source);
                continue;
            }

            if (source.Trim().Length == 0)
            {
                continue;
            }

            var number = cells.Count + 1;
            cells.Add(kernel == KernelNames.Markdown
                ? new SourceCell(number, CellKind.Markdown, KernelNames.Markdown, source, [])
                : new SourceCell(number, CellKind.Code, kernel, source, CellOptions.Tags(source).Distinct().ToArray()));
        }

        return new NotebookDocument(sourcePath, fullPath, NotebookFormat.Dib, cells, SettingsReader.Read(metadata?["docsite"]), null);
    }

    private static JsonObject? ParseMeta(string json)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException e)
        {
            throw new NotebookReadException($"#!meta is not valid JSON: {e.Message}", e);
        }
    }
}
