using DocSite.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Reading;

/// <summary>The notebook file is not a notebook the engine can read.</summary>
/// <param name="line">The 1-based line in the file where the problem is, when known.</param>
/// <param name="column">The 1-based column (in characters) in that line, when known.</param>
/// <param name="code">The diagnostic code; NB007 (unreadable) unless the problem has one of its own.</param>
internal sealed partial class NotebookReadException(string message, Exception? inner = null, int? line = null, int? column = null, string code = DiagnosticCodes.UnreadableNotebook)
    : Exception(message, inner)
{
    public int? Line { get; } = line;

    public int? Column { get; } = column;

    public string Code { get; } = code;

    /// <summary>
    /// Invalid JSON, located in the file. <see cref="JsonException"/> counts lines from 0 and positions in UTF-8
    /// bytes from 0, and repeats both at the end of its message; the location says it once, as an editor does.
    /// </summary>
    /// <param name="what">What was not valid JSON, for the message.</param>
    /// <param name="json">The text that was parsed.</param>
    /// <param name="firstLine">The 1-based line of the file where <paramref name="json"/> starts.</param>
    public static NotebookReadException InvalidJson(string what, JsonException error, string json, int firstLine = 1)
    {
        var message = $"{what}: {JsonPosition().Replace(error.Message, "")}";
        if (error.LineNumber is not { } line || error.BytePositionInLine is not { } position)
        {
            return new NotebookReadException(message, error);
        }

        var text = json.Split('\n').ElementAtOrDefault((int)line) ?? "";
        var bytes = Encoding.UTF8.GetBytes(text);
        var column = Encoding.UTF8.GetString(bytes, 0, (int)Math.Min(position, bytes.Length)).Length + 1;
        return new NotebookReadException(message, error, firstLine + (int)line, column);
    }

    [GeneratedRegex(@"\s*LineNumber: \d+ \| BytePositionInLine: \d+\.\s*$")]
    private static partial Regex JsonPosition();
}
