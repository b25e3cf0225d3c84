using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Reading;

/// <summary>Reads the <c>docsite</c> object of a notebook's metadata.</summary>
internal static class SettingsReader
{
    public static NotebookSettings Read(JsonNode? docsite)
    {
        if (docsite is null)
        {
            return NotebookSettings.Empty;
        }

        if (docsite is not JsonObject settings)
        {
            throw new NotebookReadException("metadata \"docsite\" must be an object");
        }

        return new NotebookSettings(
            Title: String(settings, "title"),
            Inputs: Strings(settings, "inputs"),
            CellTimeout: Seconds(settings, "timeout_cell_seconds"),
            NotebookTimeout: Seconds(settings, "timeout_notebook_seconds"));
    }

    private static string? String(JsonObject settings, string name) => settings[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        _ => throw new NotebookReadException($"metadata docsite.{name} must be a string"),
    };

    private static string[] Strings(JsonObject settings, string name) => settings[name] switch
    {
        null => [],
        JsonArray items => items.Select(item => item is JsonValue value && value.TryGetValue<string>(out var text)
            ? text
            : throw new NotebookReadException($"metadata docsite.{name} must be a list of strings")).ToArray(),
        _ => throw new NotebookReadException($"metadata docsite.{name} must be a list of strings"),
    };

    private static TimeSpan? Seconds(JsonObject settings, string name) => settings[name] switch
    {
        null => null,
        JsonValue value when value.TryGetValue<double>(out var seconds) && seconds > 0 => TimeSpan.FromSeconds(seconds),
        _ => throw new NotebookReadException($"metadata docsite.{name} must be a positive number of seconds"),
    };
}
