namespace DocSite.Notebooks.Tests;

public sealed class DiagnosticTests
{
    [Theory]
    [InlineData(3, 2, "notebooks/x.ipynb:cell 3:line 2: error NB001: boom")]
    [InlineData(3, null, "notebooks/x.ipynb:cell 3: error NB001: boom")]
    [InlineData(0, null, "notebooks/x.ipynb: error NB001: boom")]
    public void Prints_msbuild_style(int cell, int? line, string expected) =>
        Assert.Equal(expected, new NotebookDiagnostic("notebooks/x.ipynb", cell, line, "NB001", "boom").ToString());
}
