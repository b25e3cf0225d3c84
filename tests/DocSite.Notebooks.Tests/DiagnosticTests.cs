using DocSite.Diagnostics;

namespace DocSite.Notebooks.Tests;

/// <summary>The engine reports in the generator's diagnostic type: a cell, or a line and column in the file.</summary>
public sealed class DiagnosticTests
{
    [Theory]
    [InlineData(3, 2, "notebooks/x.ipynb:cell 3:line 2: error NB001: boom")]
    [InlineData(3, null, "notebooks/x.ipynb:cell 3: error NB001: boom")]
    [InlineData(null, null, "notebooks/x.ipynb: error NB001: boom")]
    public void Prints_msbuild_style(int? cell, int? line, string expected) =>
        Assert.Equal(expected, new BuildDiagnostic("notebooks/x.ipynb", line, null, DiagnosticCodes.CellFailed, "boom", cell).ToString());

    [Theory]
    [InlineData(12, 5, "notebooks/x.ipynb:12:5: error NB007: boom")]
    [InlineData(12, null, "notebooks/x.ipynb:12: error NB007: boom")]
    public void A_place_in_the_file_prints_as_line_and_column(int line, int? column, string expected) =>
        Assert.Equal(expected, new BuildDiagnostic("notebooks/x.ipynb", line, column, DiagnosticCodes.UnreadableNotebook, "boom").ToString());
}
