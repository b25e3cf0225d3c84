using System.Text.Json;
using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

/// <summary>Notebooks become pages through the real engine: outputs, tags, links, downloads, cache, errors.</summary>
public sealed class NotebookPageTests
{
    [Fact]
    public async Task A_notebook_becomes_a_page_with_its_outputs_and_tags_applied()
    {
        using var site = TestSite.CopyOf("notebook-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var page = site.ReadOutput("notebooks/hello.html");
        Assert.Contains("<h1>你好，笔记本</h1>", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h1>"));
        Assert.Contains("<pre class=\"nb-output nb-stdout\">数据 + 模型 = AI</pre>", page);
        Assert.Contains("<details class=\"cell-input\"><summary>显示代码</summary>", page);
        Assert.DoesNotContain("never shown", page);
        Assert.Contains("预期的错误", page);
        Assert.Contains("<a href=\"/\">首页</a>", page);
        Assert.Contains("href=\"/notebooks/hello.ipynb\" download", page);
        Assert.Contains("href=\"/notebooks/hello.html#%E8%BE%93%E5%87%BA\"", site.ReadOutput("index.html"));
        Assert.DoesNotContain("plotly", page, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_download_is_the_executed_notebook_with_its_outputs()
    {
        using var site = TestSite.CopyOf("notebook-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        using var ipynb = JsonDocument.Parse(site.ReadOutput("notebooks/hello.ipynb"));
        var cells = ipynb.RootElement.GetProperty("cells").EnumerateArray().ToList();
        var first = cells.First(c => c.GetProperty("cell_type").GetString() == "code");
        Assert.Contains(first.GetProperty("outputs").EnumerateArray(),
            o => o.GetProperty("output_type").GetString() == "stream" && string.Concat(o.GetProperty("text").EnumerateArray().Select(t => t.GetString())).Contains("数据 + 模型 = AI", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_starts_no_worker()
    {
        using var site = TestSite.CopyOf("notebook-site");
        var firstRun = await site.BuildAsync();
        Assert.Equal(0, firstRun.ExitCode);
        Assert.Equal(1, firstRun.WorkersStarted);
        var first = TestSite.Snapshot(site.Output);

        var run = await site.BuildAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(0, run.WorkersStarted);
        Assert.Equal(first, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_failing_cell_fails_the_build_with_its_cell_and_line_and_keeps_the_previous_site()
    {
        using var site = TestSite.CopyOf("notebook-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);
        var path = site.PathOf("notebooks/hello.ipynb");
        File.WriteAllText(path, File.ReadAllText(path).Replace("1 + 2", "1 + undefinedName", StringComparison.Ordinal));

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/hello.ipynb:cell 2:line 2: error NB001:", run.Errors);
        Assert.Contains("undefinedName", run.Errors);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_broken_link_in_a_markdown_cell_names_the_cell_and_line()
    {
        using var site = TestSite.CopyOf("notebook-site");
        var path = site.PathOf("notebooks/hello.ipynb");
        File.WriteAllText(path, File.ReadAllText(path).Replace("../input/index.md", "../input/missing.md", StringComparison.Ordinal));

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/hello.ipynb:cell 1:line 3: error LINK001: the link `../input/missing.md`", run.Errors);
    }

    [Fact]
    public async Task No_execute_fails_clearly_for_a_notebook_without_cached_outputs()
    {
        using var site = TestSite.CopyOf("notebook-site");

        var run = await site.BuildAsync("--no-execute");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("notebooks/hello.ipynb: error NB006", run.Errors);
        Assert.Equal(0, run.WorkersStarted);
    }
}
