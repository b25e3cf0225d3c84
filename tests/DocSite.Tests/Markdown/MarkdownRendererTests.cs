using DocSite.Markdown;

namespace DocSite.Tests.Markdown;

public sealed class MarkdownRendererTests
{
    private static readonly SiteUrls Urls = new("/base/", new Dictionary<string, string>
    {
        ["input/a.md"] = "a.html",
        ["input/sub/b.md"] = "sub/b.html",
        ["notebooks/n.ipynb"] = "notebooks/n.html",
    });

    private static readonly MarkdownRenderer Renderer = new(MarkdownPipelineFactory.Create(), Urls);

    [Fact]
    public void Links_to_sources_become_links_to_their_pages()
    {
        var result = Renderer.Render("[b](sub/b.md#x) [n](../notebooks/n.ipynb) [out](https://example.org)", "input/a.md");

        Assert.Contains("href=\"/base/sub/b.html#x\"", result.Html);
        Assert.Contains("href=\"/base/notebooks/n.html\"", result.Html);
        Assert.Contains("href=\"https://example.org\"", result.Html);
        Assert.Equal(["input/sub/b.md", "notebooks/n.ipynb"], result.Links.Select(l => l.TargetSource));
    }

    [Fact]
    public void Link_positions_are_lines_of_the_source_file()
    {
        var result = Renderer.Render("line\n\n  see [x](missing.md)", "input/a.md", firstLine: 5);

        var link = Assert.Single(result.Links);
        Assert.Equal((7, 7), (link.Line, link.Column));
    }

    [Fact]
    public void Chinese_headings_get_readable_ids_and_explicit_ids_win()
    {
        var result = Renderer.Render("## 数据 + 模型 = AI\n\n## 参数量级 {#scale}", "input/a.md");

        Assert.Equal(["数据--模型--ai", "scale"], result.Headings.Select(h => h.Id));
        Assert.Equal("数据 + 模型 = AI", result.Headings[0].Text);
    }

    [Fact]
    public void Tables_footnotes_task_lists_and_math_render()
    {
        var result = Renderer.Render("| a |\n|---|\n| 1 |\n\nx[^1]\n\n- [x] done\n\n$a^2$\n\n[^1]: note", "input/a.md");

        Assert.Contains("<table>", result.Html);
        Assert.Contains("class=\"footnote-ref\"", result.Html);
        Assert.Contains("type=\"checkbox\"", result.Html);
        Assert.Contains("<span class=\"math\">", result.Html);
        Assert.Equal(DocSite.Documents.PageFeatures.Math, result.Features);
    }

    [Fact]
    public void Fenced_code_is_highlighted_at_build_time_and_unknown_languages_are_escaped()
    {
        var result = Renderer.Render("```csharp\nvar s = \"<你好>\";\n```\n\n```text\n<raw>\n```", "input/a.md");

        Assert.Contains("<pre class=\"highlight\"><code class=\"language-csharp\"><span class=\"keyword\">var</span>", result.Html);
        Assert.Contains("&quot;&lt;你好&gt;&quot;", result.Html);
        Assert.Contains("&lt;raw&gt;", result.Html);
    }

    [Fact]
    public void Emphasis_works_next_to_Chinese_punctuation_and_text()
    {
        var result = Renderer.Render("这是**“关键”**的一步，也是**[术语](sub/b.md)**的用法。", "input/a.md");

        Assert.Contains("<strong>“关键”</strong>的一步", result.Html);
        Assert.Contains("<strong><a href=\"/base/sub/b.html\">术语</a></strong>的用法", result.Html);
    }
}
