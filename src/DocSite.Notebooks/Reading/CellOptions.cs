using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Reading;

/// <summary>
/// Reads tags written in the cell itself, as leading comment lines: <c>//| tags: hide-input, raises-exception</c>
/// (brackets and quotes optional). It is how a .dib notebook, which has no cell metadata, tags its cells.
/// </summary>
internal static partial class CellOptions
{
    public static IEnumerable<string> Tags(string source)
    {
        foreach (var line in source.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("#!", StringComparison.Ordinal))
            {
                continue;
            }

            if (!trimmed.StartsWith("//|", StringComparison.Ordinal))
            {
                yield break;
            }

            var match = TagsLine().Match(trimmed);
            if (!match.Success)
            {
                continue;
            }

            foreach (var tag in match.Groups["list"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return tag.Trim('"', '\'', ' ');
            }
        }
    }

    [GeneratedRegex(@"^//\|\s*tags\s*:\s*\[?(?<list>[^\]]*)\]?\s*$")]
    private static partial Regex TagsLine();
}
