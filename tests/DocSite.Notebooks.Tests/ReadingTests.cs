using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Tests;

public sealed class ReadingTests
{
    [Fact]
    public void Ipynb_cells_get_kernels_tags_and_settings()
    {
        const string json = """
            {"cells": [
              {"cell_type": "markdown", "metadata": {}, "source": ["# 标题\n", "文字"]},
              {"cell_type": "code", "metadata": {"tags": ["hide-input"]}, "source": "//| tags: [raises-exception]\nthrow new Exception();", "outputs": []},
              {"cell_type": "code", "metadata": {"dotnet_interactive": {"language": "fsharp"}}, "source": "1", "outputs": []},
              {"cell_type": "code", "metadata": {}, "source": "#!pwsh\nls", "outputs": []},
              {"cell_type": "raw", "metadata": {}, "source": "raw"}
            ],
             "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#"},
                          "docsite": {"inputs": ["data/*.json"], "timeout_cell_seconds": 30, "title": "自定义"}},
             "nbformat": 4, "nbformat_minor": 4}
            """;
        var document = IpynbReader.Read("notebooks/x.ipynb", "/site/notebooks/x.ipynb", json);

        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Code, CellKind.Raw], document.Cells.Select(c => c.Kind));
        Assert.Equal("# 标题\n文字", document.Cells[0].Source);
        Assert.Equal(["hide-input", "raises-exception"], document.Cells[1].Tags);
        Assert.Equal(["markdown", "csharp", "fsharp", "pwsh", "raw"], document.Cells.Select(c => c.KernelName));
        Assert.Equal(("自定义", TimeSpan.FromSeconds(30)), (document.Settings.Title, document.Settings.CellTimeout));
        Assert.Equal(["data/*.json"], document.Settings.Inputs);
    }

    [Fact]
    public void Invalid_docsite_metadata_is_a_read_error()
    {
        const string json = """{"cells": [], "metadata": {"docsite": {"timeout_cell_seconds": "soon"}}}""";
        var error = Assert.Throws<NotebookReadException>(() => IpynbReader.Read("x.ipynb", "/x.ipynb", json));
        Assert.Contains("timeout_cell_seconds", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dib_sections_become_cells_and_meta_holds_settings()
    {
        const string dib = "#!meta\n\n{\"docsite\":{\"timeout_notebook_seconds\":60}}\n\n#!markdown\n\n# Hello\n\n#!csharp\n\n#!set --name x --value 1\nvar y = 2;\n\n#!fsharp\n\nlet z = 3\n";
        var document = DibReader.Read("n.dib", "/n.dib", dib);

        Assert.Equal(["markdown", "csharp", "fsharp"], document.Cells.Select(c => c.KernelName));
        Assert.Equal("#!set --name x --value 1\nvar y = 2;", document.Cells[1].Source);
        Assert.Equal(TimeSpan.FromSeconds(60), document.Settings.NotebookTimeout);
        Assert.Equal([1, 2, 3], document.Cells.Select(c => c.Number));
    }

    [Theory]
    [InlineData("#r \"nuget: Plotly.NET, 6.0.0\"", "Plotly.NET", "6.0.0", true)]
    [InlineData("#r \"nuget:TorchSharp-cpu,0.107.0-beta.1\"", "TorchSharp-cpu", "0.107.0-beta.1", true)]
    [InlineData("#r \"nuget: Newtonsoft.Json\"", "Newtonsoft.Json", null, false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, *\"", "Newtonsoft.Json", "*", false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.*\"", "Newtonsoft.Json", "13.*", false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, [13.0.1,14)\"", "Newtonsoft.Json", "[13.0.1,14)", false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, [13.0.3]\"", "Newtonsoft.Json", "[13.0.3]", true)]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3+build.7\"", "Newtonsoft.Json", "13.0.3+build.7", true)]
    [InlineData("#r \"nuget: Newtonsoft.Json, 13.0.3-*\"", "Newtonsoft.Json", "13.0.3-*", false)]
    [InlineData("#r \"nuget: Newtonsoft.Json, [13.0.3,)\"", "Newtonsoft.Json", "[13.0.3,)", false)]
    public void Package_references_are_found_and_checked_for_pinning(string line, string name, string? version, bool pinned)
    {
        var reference = Assert.Single(PackageReferenceScanner.Find("var a = 1;\n" + line));
        Assert.Equal((name, version, pinned, 2), (reference.Name, reference.Version, reference.IsPinned, reference.Line));
    }

    [Fact]
    public void Imports_are_found()
    {
        Assert.Equal(["_shared/Mnist.csx", "lib/a b.csx", "x.csx"],
            ImportScanner.Find("#!import _shared/Mnist.csx\n#!import \"lib/a b.csx\"\n#load \"x.csx\"\nvar a = 1;"));
    }

    [Fact]
    public void Validator_skips_foreign_cells_tagged_to_skip_execution()
    {
        const string json = """
            {"cells": [
              {"cell_type": "code", "metadata": {"polyglot_notebook": {"kernelName": "fsharp"}, "tags": ["skip-execution"]}, "source": "1", "outputs": []},
              {"cell_type": "code", "metadata": {}, "source": "#r \"nuget: X, 1.0.0\"", "outputs": []}
            ], "metadata": {}}
            """;
        Assert.Empty(NotebookValidator.Validate(IpynbReader.Read("x.ipynb", "/tmp/x.ipynb", json)));
    }
}
