using System.Text.Json;
using System.Text.Json.Nodes;
using DocSite.Diagnostics;
using DocSite.Notebooks.Ipynb;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Literate;

/// <summary>
/// Reads a literate C# notebook: a .cs file, valid C# for <c>dotnet run</c>, cut into cells by <see cref="CellMarker"/>
/// lines. It becomes the .ipynb the kernel runs: <c>#:package X@V</c> is <c>#r "nuget: X, V"</c>, <c>#:include p</c>
/// is <c>#!import p</c>, Markdown cells lose their <c>//</c>, and <c>// docsite: {…}</c> before the first cell is the
/// notebook's <c>docsite</c> metadata. Lines only a plain run needs (<see cref="PlainRunLines"/>) and other
/// <c>#:</c> directives (<c>#:property</c>, <c>#:sdk</c>) are left out.
/// </summary>
internal static class CsNotebookReader
{
    private const string SettingsPrefix = "// docsite:";

    public static NotebookDocument Read(string sourcePath, string fullPath, string text)
    {
        var notebook = ToIpynb(text, out var settingsLine, out var fileLines);
        NotebookSettings settings;
        try
        {
            settings = SettingsReader.Read((notebook["metadata"] as JsonObject)?["docsite"]);
        }
        catch (NotebookReadException e)
        {
            throw new NotebookReadException(e.Message, e, settingsLine);
        }

        return IpynbReader.Read(sourcePath, fullPath, notebook, settings) with { FileLines = fileLines };
    }

    /// <summary>The notebook as .ipynb JSON, without outputs.</summary>
    /// <param name="settingsLine">The line of <c>// docsite:</c>, for errors in the settings.</param>
    /// <param name="fileLines">Per cell number, the file's line of each line of the cell's source.</param>
    /// <exception cref="NotebookReadException">A line that does not fit the format, or an unpinned package (NB005).</exception>
    private static JsonObject ToIpynb(string text, out int? settingsLine, out Dictionary<int, IReadOnlyList<int>> fileLines)
    {
        fileLines = [];
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        if (!lines.Any(CellMarker.IsMarker))
        {
            throw new NotebookReadException("a .cs notebook is written in cells, each starting at a line \"// %%\" (\"// %% [markdown]\" for Markdown); this file has none");
        }

        settingsLine = null;
        JsonNode? docsite = null;
        var preamble = new Section(null);
        var sections = new List<Section> { preamble };
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var number = i + 1;
            if (i == 0 && line.StartsWith("#!", StringComparison.Ordinal))
            {
                continue; // #!/usr/bin/env dotnet, so that the file runs as a script too
            }

            if (CellMarker.Parse(line, number) is { } marker)
            {
                sections.Add(new Section(marker));
                continue;
            }

            if (sections.Count == 1 && line.StartsWith(SettingsPrefix, StringComparison.Ordinal))
            {
                docsite = ParseSettings(line[SettingsPrefix.Length..], number, SettingsPrefix.Length + 1);
                settingsLine = number;
                continue;
            }

            if (!PlainRunLines.IsPlainRunOnly(line))
            {
                sections[^1].Lines.Add((line, number));
            }
        }

        var notebook = IpynbCells.NewNotebook();
        if (docsite is not null)
        {
            notebook["metadata"]!["docsite"] = docsite;
        }

        var cells = notebook["cells"]!.AsArray();
        // Text before the first marker is a cell only when it holds code for the kernel: comments there are the
        // file's header, and #:property or #:sdk configure only the plain run.
        if (preamble.Lines.Select(l => CodeLine(l.Text, l.Number)?.Trim()).Any(l => l is { Length: > 0 } && !l.StartsWith("//", StringComparison.Ordinal)))
        {
            sections[0] = preamble with { Marker = new CellMarker(KernelNames.CSharp, []) };
        }

        foreach (var section in sections.Where(s => s.Marker is not null))
        {
            var marker = section.Marker!;
            // One blank line ends each cell (the writer puts it there); any other blank line is the cell's own.
            if (section.Lines.Count > 0 && section.Lines[^1].Text.Trim().Length == 0)
            {
                section.Lines.RemoveAt(section.Lines.Count - 1);
            }

            var cellLines = section.Lines
                .Select(l => (Text: marker.IsCSharp ? CodeLine(l.Text, l.Number) : CommentLine(l.Text, l.Number, marker), l.Number))
                .Where(l => l.Text is not null).ToArray();
            var number = cells.Count + 1;
            fileLines[number] = cellLines.Select(l => l.Number).ToArray();
            cells.Add(IpynbCells.NewCell(number, marker.Kind, marker.Kernel, string.Join('\n', cellLines.Select(l => l.Text)), marker.Tags));
        }

        return notebook;
    }

    /// <summary>A line of a C# cell as the kernel takes it; null for a line the kernel must not see.</summary>
    private static string? CodeLine(string line, int number)
    {
        if (FileDirective.Parse(line) is not { } directive)
        {
            return line;
        }

        switch (directive.Kind)
        {
            case FileDirective.Package:
                var parts = directive.Value.Split('@', 2, StringSplitOptions.TrimEntries);
                var package = new PackageReference(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null, number);
                if (!package.IsPinned)
                {
                    throw new NotebookReadException(
                        $"package \"{package.Name}\" has " + (package.Version is null ? "no version" : $"the version \"{package.Version}\", which is not exact") +
                        $": versions must be pinned, e.g. #:package {package.Name}@1.2.3, so that every build runs the same code",
                        line: number, column: directive.Column, code: DiagnosticCodes.UnpinnedPackage);
                }

                return $"#r \"nuget: {package.Name}, {package.Version}\"";
            case FileDirective.Include:
                return $"#!import {directive.Value}";
            case FileDirective.Project:
                throw new NotebookReadException(
                    $"the build runs cells in a kernel, which cannot reference the project \"{directive.Value}\"; share code as a .cs file with #:include (see notebooks/_shared)",
                    line: number, column: directive.Column);
            default:
                return null; // #:property, #:sdk: how `dotnet run` builds the file; the kernel has no such thing
        }
    }

    /// <summary>A line of a Markdown, raw or other kernel's cell: a <c>//</c> comment, so that the file stays C#.</summary>
    private static string CommentLine(string line, int number, CellMarker marker)
    {
        var trimmed = line.TrimStart();
        if (trimmed.Length == 0)
        {
            return "";
        }

        if (!trimmed.StartsWith("//", StringComparison.Ordinal))
        {
            throw new NotebookReadException(
                $"the lines of a [{marker.Kernel}] cell are // comments, so that the file stays C#; start a C# cell with a line \"// %%\" first",
                line: number, column: line.Length - trimmed.Length + 1);
        }

        var text = trimmed[2..];
        return text.StartsWith(' ') ? text[1..] : text;
    }

    private static JsonNode ParseSettings(string json, int line, int column)
    {
        try
        {
            return JsonNode.Parse(json) ?? throw new NotebookReadException("// docsite: is followed by null, not an object", line: line, column: column);
        }
        catch (JsonException e)
        {
            var error = NotebookReadException.InvalidJson("// docsite: is not valid JSON", e, json, line);
            throw new NotebookReadException(error.Message, e, line, column + (error.Column ?? 1) - 1);
        }
    }

    /// <summary>The lines of one cell (or, with no marker, of the text before the first cell), with their line numbers.</summary>
    private sealed record Section(CellMarker? Marker)
    {
        public List<(string Text, int Number)> Lines { get; } = [];
    }
}
