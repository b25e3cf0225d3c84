using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Literate;

/// <summary>
/// The line that starts a cell of a .cs notebook, in the "percent" style of Jupytext and VS Code's interactive
/// window: <c>// %%</c> (C#), <c>// %% [markdown]</c>, <c>// %% [raw]</c> or another kernel's name, then
/// optionally <c>tags=["hide-input", "publish:x"]</c> (a JSON list). Other text on the line is a title, ignored.
/// </summary>
/// <param name="Kernel">A kernel name (<see cref="KernelNames"/>): <c>csharp</c>, <c>markdown</c>, <c>raw</c>, <c>fsharp</c>…</param>
internal sealed partial record CellMarker(string Kernel, IReadOnlyList<string> Tags)
{
    private static readonly JsonSerializerOptions TagJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Whether the cell's lines are C# (the others are written as <c>//</c> comments).</summary>
    public bool IsCSharp => Kernel == KernelNames.CSharp;

    public CellKind Kind => Kernel switch
    {
        KernelNames.Markdown => CellKind.Markdown,
        KernelNames.Raw => CellKind.Raw,
        _ => CellKind.Code,
    };

    /// <summary>Whether <paramref name="line"/> starts a cell (cheap, for telling a .cs notebook from other C#).</summary>
    public static bool IsMarker(string line) => Marker().IsMatch(line.TrimEnd());

    /// <summary>The marker on <paramref name="line"/>, or null when it is not one.</summary>
    /// <param name="lineNumber">The line's 1-based number, for errors.</param>
    /// <exception cref="NotebookReadException">The marker's tags are not a JSON list of strings.</exception>
    public static CellMarker? Parse(string line, int lineNumber)
    {
        var match = Marker().Match(line.TrimEnd());
        if (!match.Success)
        {
            return null;
        }

        var kernel = match.Groups["kind"].Success ? match.Groups["kind"].Value.Trim() : KernelNames.CSharp;
        var tags = match.Groups["tags"];
        return new CellMarker(KernelNames.Normalize(kernel) ?? kernel, tags.Success ? ParseTags(tags.Value, lineNumber, tags.Index + 1) : []);
    }

    /// <summary>The marker line, as <see cref="Parse"/> reads it back.</summary>
    public string Format()
    {
        var line = "// %%";
        if (!IsCSharp)
        {
            line += $" [{Kernel}]";
        }

        if (Tags.Count > 0)
        {
            line += " tags=" + JsonSerializer.Serialize(Tags, TagJson);
        }

        return line;
    }

    private static string[] ParseTags(string json, int lineNumber, int column)
    {
        try
        {
            return JsonSerializer.Deserialize<string[]>(json) ?? [];
        }
        catch (JsonException e)
        {
            throw new NotebookReadException($"the cell's tags are not a JSON list of strings, as in tags=[\"hide-input\"]: {e.Message}", e, lineNumber, column);
        }
    }

    [GeneratedRegex("""^//\s?%%(?:\s*\[(?<kind>[^\]]+)\])?(?:.*?\btags\s*=\s*(?<tags>\[.*\]))?.*$""")]
    private static partial Regex Marker();
}
