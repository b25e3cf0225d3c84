using System.Text;
using DocSite.Diagnostics;
using DocSite.Notebooks.Rendering;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Tests;

public sealed class NotebookExecutionTests(ExecutedFixtures fixtures) : IClassFixture<ExecutedFixtures>
{
    [Fact]
    public void Plain_notebook_runs_with_outputs_in_order_and_both_mime_types()
    {
        var run = fixtures["success.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        Assert.False(run.FromCache);
        Assert.Equal("成功的笔记本", run.Notebook!.Title);

        var first = run.Cell(2);
        Assert.Equal(1, first.ExecutionCount);
        Assert.Collection(first.Outputs,
            o => Assert.Equal(new StreamOutput("stdout", "答案是 42\n"), o),
            o => Assert.Equal(new StreamOutput("stderr", "警告\n"), o),
            o =>
            {
                var result = Assert.IsType<DisplayOutput>(o);
                Assert.True(result.IsResult);
                Assert.Equal("42", result.Data["text/plain"]);
                Assert.Contains("42", result.Data["text/html"], StringComparison.Ordinal);
            });
    }

    [Fact]
    public void Updated_display_replaces_the_original_and_CJK_survives()
    {
        var cell = fixtures["success.ipynb"].Cell(3);
        var displays = cell.Displays().ToArray();
        Assert.Equal(2, displays.Length);
        Assert.Equal("完成", displays[0].Data["text/plain"]);
        Assert.Contains("名字", displays[1].Data["text/html"], StringComparison.Ordinal);
        Assert.Contains("数据", displays[1].Data["text/plain"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_cell_updating_a_display_replaces_it_where_it_was_shown()
    {
        var run = fixtures["success.ipynb"];
        Assert.Collection(run.Cell(4).Outputs,
            o => Assert.Equal("由后面的单元格更新", Assert.IsType<DisplayOutput>(o).Data["text/plain"]),
            o => Assert.Equal(new StreamOutput("stdout", "之后的输出\n"), o));
        Assert.Empty(run.Cell(5).Outputs);
        Assert.Equal(4, run.Cell(5).ExecutionCount);
    }

    [Fact]
    public void Executed_ipynb_has_outputs_and_readable_CJK()
    {
        var notebook = fixtures["success.ipynb"].Notebook!;
        var text = Encoding.UTF8.GetString(notebook.Ipynb.Span);
        Assert.Contains("答案是 42", text, StringComparison.Ordinal);
        var json = JsonNode.Parse(text)!;
        Assert.Equal(4, json["nbformat"]!.GetValue<int>());
        var code = json["cells"]!.AsArray()[1]!;
        Assert.Equal("a2", code["id"]!.GetValue<string>());
        Assert.Equal(1, code["execution_count"]!.GetValue<int>());
        Assert.Equal("execute_result", code["outputs"]!.AsArray()[2]!["output_type"]!.GetValue<string>());
    }

    [Fact]
    public void Compile_error_names_cell_and_line_and_stops_the_notebook()
    {
        var run = fixtures["compile-error.ipynb"];
        var error = Assert.Single(run.Errors);
        Assert.Equal(((int?)3, (int?)2, "NB001"), (error.Cell, error.Line, error.Code));
        Assert.StartsWith("notebooks/compile-error.ipynb:cell 3:line 2: error NB001: CS0029", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(run.Cell(4).Outputs);
        Assert.Null(run.Cell(4).ExecutionCount);
        Assert.IsType<ErrorOutput>(Assert.Single(run.Cell(3).Outputs));
    }

    [Fact]
    public void Exception_reports_type_message_and_frames()
    {
        var run = fixtures["exception.ipynb"];
        var error = Assert.Single(run.Errors);
        Assert.Equal(((int?)1, "NB001"), (error.Cell, error.Code));
        Assert.Contains("System.InvalidOperationException: 坏了", error.Message, StringComparison.Ordinal);
        Assert.Contains("Fail()", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.Cell(2).Outputs);
    }

    [Fact]
    public void Raises_exception_tag_shows_the_error_and_continues()
    {
        var run = fixtures["raises-exception.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        var error = Assert.IsType<ErrorOutput>(Assert.Single(run.Cell(1).Outputs));
        Assert.Equal("System.ArgumentException", error.Name);
        Assert.Equal("预期的错误", error.Message);
        Assert.Equal("继续运行\n", run.Cell(2).Stdout());
    }

    [Fact]
    public void Infinite_loop_is_killed_by_the_cell_timeout_and_leaves_no_process()
    {
        var run = fixtures["infinite-loop.ipynb"];
        var error = Assert.Single(run.Errors);
        Assert.Equal(((int?)1, "NB002"), (error.Cell, error.Code));
        Assert.Contains("`while (true) { }` timed out after 5 s", error.Message, StringComparison.Ordinal);
        Assert.Empty(run.Cell(2).Outputs);

        // Killed by the cell timeout: not before it, and long before anything else would stop an endless loop (the
        // notebook timeout is 20 minutes). How long killing and reaping the worker takes is the machine's business:
        // on a loaded 2-core runner it is seconds, so the bound is a minute, not timeout + 5 s.
        var cellStarted = fixtures.CellStarts[("notebooks/infinite-loop.ipynb", 1)];
        var reported = fixtures.Log.Single(l => l.Line.StartsWith("notebooks/infinite-loop.ipynb: failed", StringComparison.Ordinal)).At;
        Assert.InRange(reported - cellStarted, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(60));
        Assert.False(ProcessProbe.IsRunning(fixtures.WorkerIds["notebooks/infinite-loop.ipynb"]));
        Assert.Empty(ProcessProbe.WorkingIn(fixtures.Root.Directory));
    }

    [Theory]
    [InlineData("infinite-loop.ipynb", "CellTimeout", "the cell starting `while (true) { }` timed out after 5 s; the worker was killed")]
    [InlineData("notebook-timeout.ipynb", "NotebookTimeout", "the notebook timed out after 6 s")]
    [InlineData("crash-failfast.ipynb", "WorkerCrashed", "崩溃测试")]
    [InlineData("crash-stackoverflow.ipynb", "WorkerCrashed", "Stack overflow")]
    public void A_cell_that_timed_out_or_crashed_has_an_error_output_in_the_executed_ipynb(string notebook, string name, string message)
    {
        var run = fixtures[notebook];
        var cells = JsonNode.Parse(Encoding.UTF8.GetString(run.Notebook!.Ipynb.Span))!["cells"]!.AsArray();
        var errors = cells.SelectMany(c => c!["outputs"]?.AsArray() ?? []).Where(o => o!["output_type"]!.GetValue<string>() == "error").ToList();
        var error = Assert.Single(errors)!;
        Assert.Equal(name, error["ename"]!.GetValue<string>());
        Assert.Contains(message, error["evalue"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(message, string.Join('\n', error["traceback"]!.AsArray().Select(l => l!.GetValue<string>())), StringComparison.Ordinal);

        // The same output in the run's model, on the cell that was running.
        var failed = run.Notebook.Cells.Single(c => c.Outputs.OfType<ErrorOutput>().Any());
        Assert.Equal(run.Errors.Single().Cell, failed.Number);
    }

    [Fact]
    public void Notebook_timeout_kills_the_worker_whatever_cell_is_running()
    {
        var run = fixtures["notebook-timeout.ipynb"];
        var error = Assert.Single(run.Errors);
        Assert.Equal(DiagnosticCodes.NotebookTimeout, error.Code);
        Assert.Contains("the notebook timed out after 6 s", error.Message, StringComparison.Ordinal);
        Assert.True(run.Notebook!.Cells.Count(c => c.ExecutionCount is not null) < 5);
        Assert.False(ProcessProbe.IsRunning(fixtures.WorkerIds["notebooks/notebook-timeout.ipynb"]));
    }

    [Theory]
    [InlineData("crash-failfast.ipynb", "崩溃测试")]
    [InlineData("crash-stackoverflow.ipynb", "Stack overflow")]
    public void Crashing_worker_is_reported_with_what_it_printed(string notebook, string expected)
    {
        var run = fixtures[notebook];
        var error = Assert.Single(run.Errors);
        Assert.Equal(((int?)1, "NB003"), (error.Cell, error.Code));
        Assert.Contains("the worker crashed while running the cell starting", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.False(ProcessProbe.IsRunning(fixtures.WorkerIds["notebooks/" + notebook]));
    }

    [Fact]
    public void Pinned_nuget_package_is_restored_and_used()
    {
        var run = fixtures["nuget-pinned.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        Assert.Equal("{\"a\":1}", Assert.Single(run.Cell(2).Displays()).Data["text/plain"]);
    }

    [Fact]
    public void Plotly_chart_renders_without_cdn_or_requirejs()
    {
        var run = fixtures["plotly.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        Assert.True(run.Notebook!.UsesPlotly);
        var chart = Assert.Single(run.Cell(3).Displays());
        var html = chart.Data["text/html"];
        Assert.Contains("class=\"docsite-plotly\"", html, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("中文标题", html, StringComparison.Ordinal);
        Assert.Contains("\"responsive\":true", html, StringComparison.Ordinal);
        foreach (var forbidden in new[] { "cdn", "require", "https://", "http://" })
        {
            Assert.DoesNotContain(forbidden, html, StringComparison.OrdinalIgnoreCase);
        }

        var figure = JsonNode.Parse(chart.Data["application/vnd.plotly.v1+json"])!;
        Assert.Equal("scatter", figure["data"]![0]!["type"]!.GetValue<string>());
        var rendered = CellOutputHtml.Render(run.Cell(3).Outputs);
        Assert.Contains("docsite-plotly", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void TorchSharp_model_runs_a_forward_pass()
    {
        var run = fixtures["torchsharp.ipynb"];
        Assert.True(run.Succeeded, run.Errors() + "\n" + string.Join("\n", fixtures.Log.Select(l => l.Line)));
        var metrics = Metrics(run.Cell(2).Stdout());
        Assert.Equal(3, metrics["rows"]!.GetValue<int>());
        Assert.Equal(2, metrics["columns"]!.GetValue<int>());
    }

    [Fact]
    public void Parameters_are_injected_after_the_parameters_cell()
    {
        var run = fixtures["parameters.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        var metrics = Metrics(run.Cell(2).Stdout());
        Assert.Equal(2, metrics["epochs"]!.GetValue<int>());
        Assert.Equal(0.5, metrics["rate"]!.GetValue<double>());
        Assert.Equal("测试", metrics["label"]!.GetValue<string>());

        var cells = JsonNode.Parse(Encoding.UTF8.GetString(run.Notebook!.Ipynb.Span))!["cells"]!.AsArray();
        Assert.Equal(3, cells.Count);
        Assert.Equal(CellTags.InjectedParameters, cells[1]!["metadata"]!["tags"]![0]!.GetValue<string>());
        Assert.Equal(2, run.Notebook.Cells.Count);
    }

    [Fact]
    public void Import_of_a_csx_file_works_relative_to_the_notebook()
    {
        var run = fixtures["import.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        Assert.Equal("你好，世界", Assert.Single(run.Cell(2).Displays()).Data["text/plain"]);
    }

    [Fact]
    public void Dib_notebook_runs_with_tags_from_comment_lines()
    {
        var run = fixtures["notebook.dib"];
        Assert.True(run.Succeeded, run.Errors());
        Assert.Equal("DIB 笔记本", run.Notebook!.Title);
        Assert.Equal([CellKind.Markdown, CellKind.Code, CellKind.Code, CellKind.Code], run.Notebook.Cells.Select(c => c.Kind));
        Assert.Equal("来自 dib\n", run.Cell(2).Stdout());
        Assert.True(run.Cell(3).HasTag(CellTags.RaisesException));
        Assert.IsType<ErrorOutput>(Assert.Single(run.Cell(3).Outputs));
        Assert.Equal("2", run.Cell(4).Displays().Single().Data["text/plain"]);
        var ipynb = JsonNode.Parse(Encoding.UTF8.GetString(run.Notebook.Ipynb.Span))!;
        Assert.Equal(".net-csharp", ipynb["metadata"]!["kernelspec"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void No_worker_outlives_the_run()
    {
        Assert.Equal(ExecutedFixtures.Notebooks.Length, fixtures.WorkersStarted);
        Assert.All(fixtures.WorkerIds.Values, pid => Assert.False(ProcessProbe.IsRunning(pid)));
        Assert.Empty(ProcessProbe.WorkingIn(fixtures.Root.Directory));
    }

    private static JsonObject Metrics(string stdout)
    {
        var line = stdout.Split('\n').Single(l => l.StartsWith("METRICS ", StringComparison.Ordinal));
        return JsonNode.Parse(line["METRICS ".Length..])!.AsObject();
    }

    // publish(name, value) and publish:name tags, as the executed notebook exposes them.
    [Fact]
    public void Published_values_keep_their_raw_value_and_kind()
    {
        var run = fixtures["published.ipynb"];
        Assert.True(run.Succeeded, run.Errors());
        var results = run.Notebook!.Results;

        Assert.Equal(["answer", "count", "label", "ratio", "table"], results.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((ResultKind.Value, (object)25557032L), (results["count"].Kind, results["count"].Value!));
        Assert.Equal((ResultKind.Value, (object)0.964), (results["ratio"].Kind, results["ratio"].Value!));
        Assert.Equal((ResultKind.Value, (object)"卷积"), (results["label"].Kind, results["label"].Value!));
        Assert.Equal(ResultKind.Display, results["table"].Kind);
        Assert.Contains("<table>", results["table"].Output.Data["text/html"], StringComparison.Ordinal);
        Assert.Equal((3, (object)42L), (results["answer"].Cell, results["answer"].Value!));
    }

    [Fact]
    public void A_name_that_is_not_an_identifier_fails_the_cell()
    {
        var run = fixtures["published.ipynb"];
        var error = Assert.Single(run.Cell(4).Outputs.OfType<ErrorOutput>());
        Assert.Contains("`not a name` is not a valid name", error.Message, StringComparison.Ordinal);
    }
}
