namespace DocSite.Diagnostics;

/// <summary>
/// One problem found in the site's sources, printed MSBuild-style so editors and CI annotate it:
/// <c>input/a.md:12:5: error LINK001: …</c>, or for a notebook cell <c>notebooks/x.ipynb:cell 3:line 2: error NB001: …</c>.
/// </summary>
public sealed record BuildDiagnostic(string Path, int? Line, int? Column, string Code, string Message, int? Cell = null)
{
    public override string ToString()
    {
        var location = Path;
        if (Cell is int cell)
        {
            location += $":cell {cell}";
            if (Line is int cellLine) location += $":line {cellLine}";
        }
        else if (Line is int line)
        {
            location += $":{line}";
            if (Column is int column) location += $":{column}";
        }
        return $"{location}: error {Code}: {Message}";
    }
}
