using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Reading;

/// <summary>Finds the first ATX heading (<c># Title</c>) of Markdown text, outside code fences.</summary>
internal static partial class MarkdownHeading
{
    public static string? First(string markdown)
    {
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            var match = inFence ? Match.Empty : Heading().Match(line);
            if (match.Success)
            {
                return match.Groups["text"].Value.Trim();
            }
        }

        return null;
    }

    [GeneratedRegex(@"^ {0,3}#{1,6}\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();
}
