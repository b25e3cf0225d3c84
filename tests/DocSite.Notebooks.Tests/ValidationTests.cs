using DocSite.Diagnostics;

namespace DocSite.Notebooks.Tests;

public sealed class ValidationTests : IDisposable
{
    private readonly FixtureRoot _root = new();

    [Fact]
    public async Task Unpinned_package_is_rejected_before_any_worker_starts()
    {
        var engine = _root.Engine();
        var run = Assert.Single(await engine.RunAsync(["notebooks/nuget-unpinned.ipynb"], CancellationToken.None));
        var error = Assert.Single(run.Errors);
        Assert.Equal(((int?)1, (int?)1, DiagnosticCodes.UnpinnedPackage), (error.Cell, error.Line, error.Code));
        Assert.Contains("versions must be pinned", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, engine.WorkersStarted);
    }

    [Fact]
    public async Task Cell_for_another_kernel_is_an_error_naming_the_cell()
    {
        var engine = _root.Engine();
        var run = Assert.Single(await engine.RunAsync(["notebooks/foreign-kernel.ipynb"], CancellationToken.None));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("notebooks/foreign-kernel.ipynb:cell 1: error NB004: this cell is for the \"fsharp\" kernel", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, engine.WorkersStarted);
    }

    [Fact]
    public async Task Cell_for_another_kernel_tagged_remove_cell_is_still_an_error()
    {
        // remove-cell only leaves the cell off the page: like any cell it runs, and this kernel cannot.
        File.WriteAllText(Path.Combine(_root.Directory, "notebooks", "hidden-foreign.dib"),
            "#!pwsh\n\n//| tags: remove-cell\nGet-ChildItem\n\n#!csharp\n\nConsole.WriteLine(1);\n");
        var engine = _root.Engine();
        var run = Assert.Single(await engine.RunAsync(["notebooks/hidden-foreign.dib"], CancellationToken.None));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("notebooks/hidden-foreign.dib:cell 1: error NB004: this cell is for the \"pwsh\" kernel", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, engine.WorkersStarted);
    }

    [Fact]
    public async Task Missing_or_invalid_notebook_is_reported_not_thrown()
    {
        File.WriteAllText(Path.Combine(_root.Directory, "notebooks", "broken.ipynb"), "{ not json");
        var engine = _root.Engine();
        var runs = await engine.RunAsync(["notebooks/broken.ipynb", "notebooks/absent.ipynb"], CancellationToken.None);
        Assert.All(runs, r => Assert.Equal(DiagnosticCodes.UnreadableNotebook, Assert.Single(r.Errors).Code));
        Assert.All(runs, r => Assert.Null(r.Notebook));
    }

    [Theory]
    [InlineData("{\n \"cells\": [\n  {,\n", 3, 4)]
    [InlineData("{\n \"metadata\": {\"title\": \"数据\" x}\n}\n", 2, 29)]
    public async Task Invalid_JSON_is_reported_at_its_line_and_column(string text, int line, int column)
    {
        File.WriteAllText(Path.Combine(_root.Directory, "notebooks", "broken.ipynb"), text);
        var run = Assert.Single(await _root.Engine().RunAsync(["notebooks/broken.ipynb"], CancellationToken.None));
        var error = Assert.Single(run.Errors);
        Assert.StartsWith($"notebooks/broken.ipynb:{line}:{column}: error NB007: invalid JSON: ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("BytePositionInLine", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_JSON_in_a_dib_meta_cell_is_reported_at_its_line_in_the_file()
    {
        File.WriteAllText(Path.Combine(_root.Directory, "notebooks", "broken.dib"), "#!markdown\n\n# 标题\n\n#!meta\n\n{\"kernelInfo\":\n  {,}}\n\n#!csharp\n\n1 + 1\n");
        var run = Assert.Single(await _root.Engine().RunAsync(["notebooks/broken.dib"], CancellationToken.None));
        Assert.StartsWith("notebooks/broken.dib:8:4: error NB007: #!meta is not valid JSON: ", Assert.Single(run.Errors).ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _root.Dispose();
}
