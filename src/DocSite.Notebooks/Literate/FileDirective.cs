using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Literate;

/// <summary>
/// A directive of a .NET 10 file-based app: <c>#:package Name@Version</c>, <c>#:include path</c>, <c>#:project path</c>,
/// <c>#:property Name=Value</c>, <c>#:sdk Name</c>.
/// </summary>
/// <param name="Kind">What follows <c>#:</c>: <c>package</c>, <c>include</c>, <c>project</c>…</param>
/// <param name="Value">The rest of the line, trimmed.</param>
/// <param name="Column">The 1-based column of <paramref name="Value"/>, for errors.</param>
internal sealed partial record FileDirective(string Kind, string Value, int Column)
{
    public const string Package = "package";
    public const string Include = "include";
    public const string Project = "project";

    public static FileDirective? Parse(string line)
    {
        var match = Directive().Match(line);
        return match.Success ? new FileDirective(match.Groups["kind"].Value, match.Groups["value"].Value, match.Groups["value"].Index + 1) : null;
    }

    [GeneratedRegex(@"^\s*#:(?<kind>[A-Za-z]+)\s*(?<value>.*?)\s*$")]
    private static partial Regex Directive();
}
