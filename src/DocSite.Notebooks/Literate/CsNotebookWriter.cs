using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Literate;

/// <summary>
/// Writes a notebook (.ipynb JSON) as a literate C# notebook, the inverse of <see cref="CsNotebookReader"/>:
/// sources, Markdown, tags and <c>docsite</c> settings survive the way back; outputs are dropped.
/// </summary>
internal static partial class CsNotebookWriter
{
    private static readonly JsonSerializerOptions SettingsJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="document">The notebook as read (its kernels and cell kinds).</param>
    /// <param name="apiProject">The <c>#:project</c> path of the notebook API for plain runs, or null to write none.</param>
    public static string Write(NotebookDocument document, string? apiProject)
    {
        var text = new StringBuilder("#!/usr/bin/env dotnet\n");
        if ((document.Json["metadata"] as JsonObject)?["docsite"] is { } docsite)
        {
            text.Append("// docsite: ").Append(docsite.ToJsonString(SettingsJson)).Append('\n');
        }

        if (apiProject is not null)
        {
            text.Append("#:project ").Append(apiProject).Append('\n');
        }

        // File-based apps are native AOT by default, whose analyzers reject the reflection notebooks use (JSON, charts).
        text.Append("#:property PublishAot=false\n");

        var needsUsing = apiProject is not null;
        var cells = document.Json["cells"]!.AsArray();
        foreach (var cell in document.Cells)
        {
            var tags = (cells[cell.Number - 1]?["metadata"]?["tags"] as JsonArray)?.Select(t => t!.GetValue<string>()).ToArray() ?? [];
            var marker = new CellMarker(cell.Kind switch { CellKind.Markdown => KernelNames.Markdown, CellKind.Raw => KernelNames.Raw, _ => cell.KernelName }, tags);
            text.Append('\n').Append(marker.Format()).Append('\n');
            var lines = cell.Source.Split('\n');
            if (!marker.IsCSharp)
            {
                lines = [.. lines.Select(l => l.Length == 0 ? "//" : "// " + l)];
            }
            else
            {
                lines = [.. lines.Select(DirectiveLine)];
                if (needsUsing)
                {
                    // After the cell's #: directives: C# wants them before any code.
                    var at = lines.TakeWhile(l => l.StartsWith("#:", StringComparison.Ordinal)).Count();
                    lines = [.. lines[..at], PlainRunLines.ApiUsing, .. lines[at..]];
                    needsUsing = false;
                }
            }

            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary><c>#r "nuget: X, V"</c> as <c>#:package X@V</c>, <c>#!import p</c> as <c>#:include p</c>; other lines as they are.</summary>
    private static string DirectiveLine(string line)
    {
        var package = PackageReferenceScanner.Find(line).FirstOrDefault();
        if (package is not null)
        {
            return package.Version is null ? $"#:package {package.Name}" : $"#:package {package.Name}@{package.Version}";
        }

        var import = ImportLine().Match(line);
        return import.Success ? $"#:include {import.Groups["path"].Value}" : line;
    }

    [GeneratedRegex(@"^#!import\s+(?<path>\S+)\s*$")]
    private static partial Regex ImportLine();
}
