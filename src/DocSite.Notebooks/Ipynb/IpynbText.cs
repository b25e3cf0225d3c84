using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Ipynb;

/// <summary>Jupyter's multi-line text: one string, or a list of lines that each keep their line break except the last.</summary>
internal static class IpynbText
{
    /// <summary>The text of <paramref name="node"/>, in either form.</summary>
    public static string Read(JsonNode? node) => node switch
    {
        null => "",
        JsonArray lines => string.Concat(lines.Select(l => l?.GetValue<string>())),
        _ => node.GetValue<string>(),
    };

    /// <summary>The list-of-lines form, as Jupyter and VS Code write it.</summary>
    public static JsonArray Lines(string text)
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
