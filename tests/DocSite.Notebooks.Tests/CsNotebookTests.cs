using System.Text.Json.Nodes;
using DocSite.Notebooks.Literate;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Tests;

/// <summary>Literate C# notebooks (.cs in `// %%` cells): built like their .ipynb twin, converted both ways.</summary>
public sealed class CsNotebookTests
{
    [Fact]
    public async Task A_cs_notebook_runs_into_the_same_cells_and_outputs_as_its_ipynb_twin()
    {
        using var root = new FixtureRoot();
        var runs = await root.Engine().RunAsync(["notebooks/literate.cs", "notebooks/literate.ipynb"], CancellationToken.None);
        var cs = runs.Single(r => r.SourcePath.EndsWith(".cs", StringComparison.Ordinal));
        var ipynb = runs.Single(r => r.SourcePath.EndsWith(".ipynb", StringComparison.Ordinal));
        Assert.True(cs.Succeeded, cs.Errors());
        Assert.True(ipynb.Succeeded, ipynb.Errors());

        Assert.Equal("文件式笔记本", cs.Notebook!.Title);
        Assert.Equal(
            ipynb.Notebook!.Cells.Select(c => (c.Kind, c.KernelName, c.Source, string.Join(",", c.Tags))),
            cs.Notebook.Cells.Select(c => (c.Kind, c.KernelName, c.Source, string.Join(",", c.Tags))));
        foreach (var (expected, actual) in ipynb.Notebook.Cells.Zip(cs.Notebook.Cells))
        {
            Assert.Equal(expected.Outputs, actual.Outputs, OutputComparer.Instance);
        }

        // The package, the shared file, the chart and the published result all came through.
        Assert.Equal("合计 42\n", cs.Cell(3).Stdout());
        Assert.Equal(42L, Convert.ToInt64(cs.Notebook.Results["total"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(cs.Cell(4).Displays(), d => d.Data.ContainsKey("application/vnd.plotly.v1+json"));
    }

    [Fact]
    public async Task An_unpinned_package_directive_is_NB005_at_its_line_and_starts_no_worker()
    {
        using var root = new FixtureRoot();
        File.WriteAllText(root.PathOf("unpinned.cs"), "// %% [markdown]\n// # 未固定\n\n// %%\n#:package Newtonsoft.Json\nConsole.WriteLine(1);\n");
        var engine = root.Engine();

        var run = Assert.Single(await engine.RunAsync(["notebooks/unpinned.cs"], CancellationToken.None));

        var error = Assert.Single(run.Errors);
        Assert.Equal(("NB005", (int?)5, (int?)11), (error.Code, error.Line, error.Column));
        Assert.StartsWith("notebooks/unpinned.cs:5:11: error NB005: package \"Newtonsoft.Json\" has no version", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, engine.WorkersStarted);
    }

    [Fact]
    public async Task A_failing_cell_of_a_cs_notebook_is_reported_at_its_line_in_the_file()
    {
        using var root = new FixtureRoot();
        File.WriteAllText(root.PathOf("broken.cs"), "// %% [markdown]\n// # 出错\n\n// %%\nvar a = 1;\n\n// %%\nConsole.WriteLine(a);\nint b = \"文字\";\n");

        var run = Assert.Single(await root.Engine().RunAsync(["notebooks/broken.cs"], CancellationToken.None));

        var error = Assert.Single(run.Errors);
        Assert.StartsWith("notebooks/broken.cs:9: error NB001: cell 3, line 2: CS0029", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("literate.ipynb")]
    [InlineData("import.ipynb")]
    [InlineData("parameters.ipynb")]
    [InlineData("published.ipynb")]
    [InlineData("foreign-kernel-skipped.ipynb")]
    public void Conversion_to_cs_and_back_keeps_sources_Markdown_tags_and_settings(string notebook)
    {
        using var root = new FixtureRoot();
        var original = root.PathOf(notebook);
        var cs = Path.ChangeExtension(original, ".cs");
        var back = Path.ChangeExtension(original, ".back.ipynb");

        Assert.Empty(NotebookConverter.Convert(original, NotebookConverter.CSharp, cs));
        Assert.Empty(NotebookConverter.Convert(cs, NotebookConverter.Ipynb, back));

        var before = JsonNode.Parse(File.ReadAllText(original))!;
        var after = JsonNode.Parse(File.ReadAllText(back))!;
        Assert.Equal(Cells(before), Cells(after));
        Assert.True(JsonNode.DeepEquals(before["metadata"]!["docsite"], after["metadata"]!["docsite"]), File.ReadAllText(cs));
    }

    [Fact]
    public void Conversion_to_cs_writes_cells_directives_and_Markdown_as_comments()
    {
        using var root = new FixtureRoot();
        var cs = root.PathOf("twin.cs");

        Assert.Empty(NotebookConverter.Convert(root.PathOf("literate.ipynb"), NotebookConverter.CSharp, cs));

        var text = File.ReadAllText(cs);
        Assert.StartsWith("#!/usr/bin/env dotnet\n// docsite: {\"title\":\"文件式笔记本\",", text, StringComparison.Ordinal);
        Assert.Contains("\n// %% [markdown]\n// # 文件式笔记本\n//\n// 一个", text, StringComparison.Ordinal);
        Assert.Contains("\n#:package Plotly.NET@6.0.0\n#:package Plotly.NET.CSharp@0.14.0\n#:include _shared/Twice.cs\n", text, StringComparison.Ordinal);
        Assert.Contains("\n// %% tags=[\"hide-input\"]\ndisplay(", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("// %% [markdown]\n// # 标题\nvar x = 1;\n", "NB007", 3, 1, "are // comments")]
    [InlineData("// %% tags=[hide-input]\nvar x = 1;\n", "NB007", 1, 12, "not a JSON list")]
    [InlineData("// %%\n#:project ../lib/Lib.csproj\n", "NB007", 2, 11, "#:include")]
    [InlineData("// %%\n#:package Plotly.NET@6.*\n", "NB005", 2, 11, "which is not exact")]
    [InlineData("// docsite: {\"title\": 3}\n// %%\nvar x = 1;\n", "NB007", 1, null, "docsite.title must be a string")]
    [InlineData("var x = 1;\n", "NB007", null, null, "has none")]
    public void A_cs_notebook_that_does_not_fit_the_format_is_reported_at_its_line(string text, string code, int? line, int? column, string message)
    {
        var error = Assert.Throws<NotebookReadException>(() => CsNotebookReader.Read("notebooks/x.cs", "/tmp/x.cs", text));

        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_settings_and_plain_run_lines_map_to_the_notebook_the_kernel_runs()
    {
        var document = CsNotebookReader.Read("notebooks/x.cs", "/tmp/x.cs",
            "#!/usr/bin/env dotnet\n// docsite: {\"timeout_cell_seconds\": 7}\n#:project ../src/DocSite.Notebook.Api\n#:property PublishAot=false\n\n" +
            "// %% [markdown] tags=[\"remove-cell\"]\n// # 标题\n//\n//   缩进\n\n// %% 标题会被忽略\n#:package A.B@[1.2.3]\n#:include _shared/C.cs\n" +
            "using static DocSite.Notebook.Api.Notebook;\n\nvar x = 1;\n\n\n// %% [fsharp] tags=[\"skip-execution\"]\n// printfn \"hi\"\n");

        Assert.Equal(TimeSpan.FromSeconds(7), document.Settings.CellTimeout);
        Assert.Collection(document.Cells,
            c => Assert.Equal((CellKind.Markdown, "# 标题\n\n  缩进", "remove-cell"), (c.Kind, c.Source, string.Join(",", c.Tags))),
            c => Assert.Equal((CellKind.Code, "csharp", "#r \"nuget: A.B, [1.2.3]\"\n#!import _shared/C.cs\n\nvar x = 1;\n"), (c.Kind, c.KernelName, c.Source)),
            c => Assert.Equal((CellKind.Code, "fsharp", "printfn \"hi\""), (c.Kind, c.KernelName, c.Source)));
    }

    private static List<string> Cells(JsonNode notebook) =>
        notebook["cells"]!.AsArray().Select(c =>
            $"{c!["cell_type"]}|{string.Join(",", (c["metadata"]?["tags"] as JsonArray)?.Select(t => t!.GetValue<string>()) ?? [])}|" +
            string.Concat((c["source"] as JsonArray)?.Select(l => l!.GetValue<string>()) ?? [c["source"]!.GetValue<string>()])).ToList();
}
