namespace DocSite.Notebooks;

/// <summary>
/// A problem with a notebook, printed MSBuild style so that editors and CI annotate it:
/// <c>notebooks/x.ipynb:cell 3:line 2: error NB001: message</c> for a cell, <c>notebooks/x.ipynb:12:5: error NB007: message</c>
/// for a place in the file.
/// </summary>
/// <param name="Path">The notebook, relative to the site root, with '/' separators.</param>
/// <param name="Cell">The 1-based cell number, or 0 when the problem is about the whole notebook.</param>
/// <param name="Line">The 1-based line within the cell, or within the file when <paramref name="Cell"/> is 0, when known.</param>
/// <param name="Code">One of <see cref="NotebookDiagnosticCodes"/>.</param>
/// <param name="Message">What went wrong, in one or a few lines.</param>
/// <param name="Column">The 1-based column in the file's line, when known (with <paramref name="Cell"/> 0).</param>
public sealed record NotebookDiagnostic(string Path, int Cell, int? Line, string Code, string Message, int? Column = null)
{
    public override string ToString()
    {
        var where = Path;
        if (Cell > 0)
        {
            where += $":cell {Cell}";
            if (Line is { } line)
            {
                where += $":line {line}";
            }
        }
        else if (Line is { } fileLine)
        {
            where += $":{fileLine}";
            if (Column is { } column)
            {
                where += $":{column}";
            }
        }

        return $"{where}: error {Code}: {Message}";
    }
}
