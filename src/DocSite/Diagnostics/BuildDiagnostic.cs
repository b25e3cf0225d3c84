namespace DocSite.Diagnostics;

/// <summary>One problem found in the site's sources, printed MSBuild-style so editors and CI annotate it.</summary>
public sealed record BuildDiagnostic(string Path, int? Line, int? Column, string Code, string Message)
{
    public override string ToString()
    {
        var location = Path;
        if (Line is int line)
        {
            location += $":{line}";
            if (Column is int column) location += $":{column}";
        }
        return $"{location}: error {Code}: {Message}";
    }
}
