using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Reading;

/// <summary>Finds <c>#r "nuget: …"</c> lines in code.</summary>
internal static partial class PackageReferenceScanner
{
    public static IEnumerable<PackageReference> Find(string code)
    {
        var lines = code.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var match = NugetLine().Match(lines[i]);
            if (match.Success)
            {
                var version = match.Groups["version"].Success ? match.Groups["version"].Value.Trim() : null;
                yield return new PackageReference(match.Groups["name"].Value.Trim(), string.IsNullOrEmpty(version) ? null : version, i + 1);
            }
        }
    }

    // The version is everything after the name: a range has a comma of its own ("[1.0,2.0)").
    [GeneratedRegex("""^\s*#r\s+"nuget:\s*(?<name>[^,"]+?)\s*(?:,\s*(?<version>[^"]*?)\s*)?"\s*$""")]
    private static partial Regex NugetLine();
}
