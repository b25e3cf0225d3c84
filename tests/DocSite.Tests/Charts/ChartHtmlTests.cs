using System.Text.RegularExpressions;
using DocSite.Charts;

namespace DocSite.Tests.Charts;

public sealed class ChartHtmlTests
{
    private static readonly ChartLabels Chinese = new("图表", "数据表", "系列", "表中只列出部分数据；完整数据在可下载的笔记本里。", "：");

    [Fact]
    public void The_title_is_plain_text_and_axis_titles_head_the_columns()
    {
        const string Figure = """{"data":[{"type":"bar","name":"A & B","x":["甲","乙"],"y":[1.5,2e-7]}],"layout":{"title":{"text":"损失<br><sup>越低越好</sup>"},"xaxis":{"title":{"text":"模型"}},"height":300}}""";

        var html = ChartHtml.Render(Figure, Chinese)!;

        Assert.Contains("aria-label=\"损失 越低越好\" style=\"--chart-height:300px\"", html, StringComparison.Ordinal);
        Assert.Contains("<summary>数据表：损失 越低越好</summary>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>A &amp; B</caption><thead><tr><th scope=\"col\">模型</th><th scope=\"col\">y</th></tr></thead><tbody><tr><td>甲</td><td>1.5</td></tr><tr><td>乙</td><td>2E-07</td></tr></tbody>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("chart-note", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_cannot_end_its_script_element_early()
    {
        const string Figure = """{"data":[{"type":"scatter","x":[1],"y":[2],"name":"</script><script>alert(1)</script>"}],"layout":{}}""";

        var html = ChartHtml.Render(Figure, Chinese)!;

        Assert.Single(Regex.Matches(html, "</script>"));
        Assert.Contains("<\\/script><script>alert(1)<\\/script>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<summary>数据表：图表</summary>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Large_data_is_cut_to_a_few_cells_and_the_table_says_so()
    {
        var image = "[" + string.Join(",", Enumerable.Range(0, 100).Select(_ => "[" + string.Join(",", Enumerable.Repeat("0.5", 100)) + "]")) + "]";
        var trace = "{\"type\":\"heatmap\",\"z\":" + image + "}";
        var figure = "{\"data\":[" + trace + "," + trace + "],\"layout\":{}}";

        var html = ChartHtml.Render(figure, Chinese)!;

        Assert.Equal(ChartDataTable.MaxCells, Regex.Matches(html, "<td>0.5</td>").Count);
        Assert.Single(Regex.Matches(html, "<table"));
        Assert.Contains("<p class=\"chart-note\">表中只列出部分数据；完整数据在可下载的笔记本里。</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("""{"layout":{}}""")]
    [InlineData("[1,2]")]
    public void What_is_not_a_figure_is_left_to_the_engine(string json) => Assert.Null(ChartHtml.Render(json, Chinese));
}
