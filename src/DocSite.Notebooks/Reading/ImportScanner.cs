using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Reading;

/// <summary>Finds files a cell pulls in: <c>#!import path</c> and <c>#load "path"</c>, relative to the notebook's folder.</summary>
internal static partial class ImportScanner
{
    public static IEnumerable<string> Find(string code)
    {
        foreach (var line in code.Split('\n'))
        {
            var match = ImportLine().Match(line);
            if (match.Success)
            {
                yield return match.Groups["path"].Value.Trim().Trim('"');
            }
        }
    }

    [GeneratedRegex("""^\s*(?:#!import\s+(?:--file\s+)?(?<path>"[^"]+"|\S+)|#load\s+(?<path>"[^"]+"))\s*$""")]
    private static partial Regex ImportLine();
}
