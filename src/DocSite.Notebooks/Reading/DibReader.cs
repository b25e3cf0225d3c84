using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Ipynb;

namespace DocSite.Notebooks.Reading;

/// <summary>
/// Reads .dib notebooks: cells start at a line <c>#!kernel</c> (<c>#!csharp</c>, <c>#!markdown</c>…);
/// a <c>#!meta</c> cell holds the notebook's metadata as JSON (including <c>docsite</c>). The notebook becomes
/// the .ipynb Polyglot Notebooks would save it as, which is what runs and what the page offers for download.
/// </summary>
internal static class DibReader
{
    private const string MetaMarker = "meta";

    public static NotebookDocument Read(string sourcePath, string fullPath, string text)
    {
        var sections = new List<Section>();
        Section? current = null;
        var lineNumber = 0;
        foreach (var rawLine in text.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var line = rawLine.TrimEnd();
            var marker = line.StartsWith("#!", StringComparison.Ordinal) ? line[2..].Trim() : null;
            if (marker is not null && (marker == MetaMarker || KernelNames.Normalize(marker) is not null))
            {
                current = new Section(marker == MetaMarker ? MetaMarker : KernelNames.Normalize(marker)!, lineNumber + 1, []);
                sections.Add(current);
                continue;
            }

            if (current is null)
            {
                current = new Section(KernelNames.CSharp, lineNumber, []);
                sections.Add(current);
            }

            current.Lines.Add(rawLine.TrimEnd('\r'));
        }

        JsonObject? metadata = null;
        var notebook = IpynbCells.NewNotebook();
        var cells = notebook["cells"]!.AsArray();
        foreach (var (kernel, firstLine, lines) in sections)
        {
            var source = string.Join('\n', lines).Trim('\n');
            if (kernel == MetaMarker)
            {
                // Trimming dropped the empty lines before the JSON: count them, so that errors point into the file.
                metadata = ParseMeta(source, firstLine + lines.TakeWhile(l => l.Length == 0).Count());
                continue;
            }

            if (source.Trim().Length == 0)
            {
                continue;
            }

            var number = cells.Count + 1;
            cells.Add(kernel == KernelNames.Markdown
                ? IpynbCells.NewCell(number, CellKind.Markdown, KernelNames.Markdown, source, [])
                : IpynbCells.NewCell(number, CellKind.Code, kernel, source, CellOptions.Tags(source).Distinct().ToArray()));
        }

        return IpynbReader.Read(sourcePath, fullPath, notebook, SettingsReader.Read(metadata?["docsite"]));
    }

    /// <summary>The lines after a <c>#!kernel</c> marker (or before the first one); <paramref name="FirstLine"/> is the file's line of the first.</summary>
    private sealed record Section(string Kernel, int FirstLine, List<string> Lines);

    private static JsonObject? ParseMeta(string json, int firstLine)
    {
        try
        {
            return JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException e)
        {
            throw NotebookReadException.InvalidJson("#!meta is not valid JSON", e, json, firstLine);
        }
    }
}
