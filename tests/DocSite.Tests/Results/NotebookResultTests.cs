using System.Text.Json;
using System.Text.RegularExpressions;
using DocSite.Tests.Support;

namespace DocSite.Tests.Results;

/// <summary>
/// Notebook results in prose, through the real engine and command line. The tests share one built site; those
/// that change a source build into a folder of their own (or fail, which writes nothing) and undo the change.
/// </summary>
public sealed class NotebookResultTests(BuiltResultSite built) : IClassFixture<BuiltResultSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void An_inline_value_is_formatted_with_its_format_string_in_the_site_culture()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("index.html");
        Assert.Contains("<p>参数量 25,557,032，准确率 96.4%。</p>", page);
        Assert.DoesNotContain("nb:", page);
    }

    [Fact]
    public void A_value_in_a_heading_shows_in_the_title_and_the_table_of_contents()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("heading.html");
        Assert.Contains("<title>共 25,557,032 个参数", page);
        Assert.Contains("<h2 id=\"accuracy\">准确率 96%</h2>", page);
        Assert.Contains(">准确率 96%</a>", page);
        Assert.DoesNotContain("nb:", page);
        Assert.DoesNotContain("nb:", Site.ReadOutput("index.html"));
    }

    [Fact]
    public void A_table_block_is_drawn_as_on_the_notebook_page()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("index.html");
        Assert.Contains("<div class=\"cell-output nb-result\"><div class=\"cell-output-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"运行输出\"><div class=\"nb-output nb-html\"><table>", page);
        Assert.Contains("ResNet-50", page);
        Assert.Contains("<div class=\"nb-output nb-html\"><table>", Site.ReadOutput("notebooks/results.html"));
    }

    [Fact]
    public void A_chart_block_makes_its_prose_page_load_plotly_and_only_that_page()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        // The site root has no node_modules, so no partial bundle: the full plotly.js that Plotly.NET embeds.
        var script = Path.GetFileName(Assert.Single(Directory.GetFiles(Path.Combine(Site.Output, "assets"), "plotly.min.*.js")));
        var chartPage = Site.ReadOutput("chart.html");
        Assert.Matches($"<script src=\"/assets/charts\\.[0-9a-f]{{8}}\\.js\" data-plotly=\"/assets/{Regex.Escape(script)}\" defer></script>", chartPage);
        Assert.Contains("class=\"docsite-plotly chart-plot\"", chartPage);
        Assert.DoesNotContain("plotly", Site.ReadOutput("index.html"), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_chart_from_a_notebook_in_a_labelled_div_is_a_numbered_figure_of_the_prose_page()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("figure.html");
        var figure = page[page.IndexOf("<figure id=\"fig-curve\" class=\"numbered-figure\">", StringComparison.Ordinal)..];
        Assert.Contains("class=\"docsite-plotly ", figure[..figure.IndexOf("</figure>", StringComparison.Ordinal)]);
        Assert.Contains("<figcaption>\n<p>图 1：翻倍的曲线</p>\n</figcaption>\n</figure>", figure);
        Assert.Contains("<a href=\"#fig-curve\" class=\"xref\">图 1</a> 由笔记本画出。", page);
    }

    [Fact]
    public void A_notebook_markdown_cell_uses_its_own_results_without_a_path()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var page = Site.ReadOutput("notebooks/results.html");
        Assert.Contains("本笔记本的准确率是 96.4%，远高于随机 。", page);
        Assert.DoesNotContain("nb:", page);
    }

    [Fact]
    public void The_downloaded_notebook_names_its_published_outputs()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        using var ipynb = JsonDocument.Parse(Site.ReadOutput("notebooks/results.ipynb"));
        var names = ipynb.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.TryGetProperty("outputs", out _))
            .SelectMany(c => c.GetProperty("outputs").EnumerateArray())
            .Where(o => o.GetProperty("metadata").TryGetProperty("scrapbook", out _))
            .Select(o => o.GetProperty("metadata").GetProperty("scrapbook").GetProperty("name").GetString())
            .ToList();
        Assert.Equal(["params", "accuracy", "chance", "emergent", "table", "curve"], names);
        Assert.DoesNotContain("x.docsite", Site.ReadOutput("notebooks/results.ipynb"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_execute_builds_the_pages_from_the_cached_results()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var output = Site.PathOf("output-no-execute");

        var run = await Site.RunAsync("build", "--root", Site.Root, "--output", output, "--no-execute");

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Equal(0, run.WorkersStarted);
        Assert.Contains("参数量 25,557,032，准确率 96.4%。", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Contains("class=\"docsite-plotly chart-plot\"", File.ReadAllText(Path.Combine(output, "chart.html")));
    }

    [Fact]
    public async Task A_prose_edit_starts_no_worker()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var index = Site.PathOf("input/index.md");
        var original = File.ReadAllText(index);
        try
        {
            File.AppendAllText(index, "\n随机准确率 `nb:../notebooks/results.ipynb#chance:P0`。\n");

            var run = await Site.RunAsync("build", "--root", Site.Root, "--output", Site.PathOf("output-prose-edit"));

            Assert.True(run.ExitCode == 0, run.Errors);
            Assert.Equal(0, run.WorkersStarted);
            Assert.Contains("随机准确率 10%。", File.ReadAllText(Site.PathOf("output-prose-edit/index.html")));
        }
        finally
        {
            File.WriteAllText(index, original);
        }
    }

    [Fact]
    public async Task A_notebook_edit_re_renders_the_pages_that_use_its_results()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var notebook = Site.PathOf("notebooks/results.ipynb");
        var original = File.ReadAllText(notebook);
        try
        {
            File.WriteAllText(notebook, original.Replace("publish(\\\"accuracy\\\", 0.9643);", "publish(\\\"accuracy\\\", 0.8);", StringComparison.Ordinal));

            var run = await Site.RunAsync("build", "--root", Site.Root, "--output", Site.PathOf("output-notebook-edit"));

            Assert.True(run.ExitCode == 0, run.Errors);
            Assert.Equal(1, run.WorkersStarted);
            Assert.Contains("准确率 80.0%。", File.ReadAllText(Site.PathOf("output-notebook-edit/index.html")));
        }
        finally
        {
            File.WriteAllText(notebook, original);
        }
    }

    [Fact]
    public async Task An_unknown_name_is_GLUE001_at_its_line_and_column()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);

        var run = await BuildWithPageAsync("---\ntitle: 坏\n---\n第一行。\n\n未知 `nb:../notebooks/results.ipynb#nothing` 值。\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/extra.md:6:4: error GLUE001: `../notebooks/results.ipynb#nothing`: notebooks/results.ipynb publishes no `nothing` (it publishes accuracy, chance, curve, emergent, params, table)", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chart_used_inline_is_GLUE002()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);

        var run = await BuildWithPageAsync("图 `nb:../notebooks/results.ipynb#curve`\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/extra.md:1:3: error GLUE002: `../notebooks/results.ipynb#curve` is a chart", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failing_claim_is_CLAIM001_naming_both_values_and_the_previous_site_stays()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var before = TestSite.Snapshot(Site.Output);

        var run = await BuildWithPageAsync("---\ntitle: 断言\n---\n准确率低于随机 `nb:../notebooks/results.ipynb#accuracy < 2 * chance`。\n");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/extra.md:4:9: error CLAIM001: the claim `../notebooks/results.ipynb#accuracy < 2 * chance` does not hold: 0.9643 < 0.2 is false (accuracy = 0.9643, chance = 0.1)", run.Errors, StringComparison.Ordinal);
        Assert.Equal(0, run.WorkersStarted);
        Assert.Equal(before, TestSite.Snapshot(Site.Output));
    }

    [Fact]
    public async Task A_page_using_a_notebook_that_failed_points_at_the_notebook_error()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
        var notebook = Site.PathOf("notebooks/broken.ipynb");
        File.Copy(Site.PathOf("notebooks/results.ipynb"), notebook);
        File.WriteAllText(notebook, File.ReadAllText(notebook).Replace("publish(\\\"params\\\", 25557032L);", "throw new InvalidOperationException(\\\"ruined\\\");", StringComparison.Ordinal));
        try
        {
            var run = await BuildWithPageAsync("值 `nb:../notebooks/broken.ipynb#params:N0`\n");

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("notebooks/broken.ipynb:cell 3: error NB001: System.InvalidOperationException: ruined", run.Errors, StringComparison.Ordinal);
            Assert.Contains("input/extra.md:1:3: error GLUE003: `../notebooks/broken.ipynb#params` has no value because notebooks/broken.ipynb failed: notebooks/broken.ipynb:cell 3: error NB001: System.InvalidOperationException: ruined\n", run.Errors.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notebook);
        }
    }

    // Builds the shared site with one more page, into a folder of its own, and removes the page again.
    private async Task<CliRun> BuildWithPageAsync(string markdown)
    {
        var page = Site.PathOf("input/extra.md");
        File.WriteAllText(page, markdown);
        try
        {
            return await Site.BuildAsync();
        }
        finally
        {
            File.Delete(page);
        }
    }
}
