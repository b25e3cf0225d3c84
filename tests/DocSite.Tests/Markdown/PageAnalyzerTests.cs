using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Urls;

namespace DocSite.Tests.Markdown;

/// <summary>A page's Markdown parsed, analysed and rendered with the site's pipeline.</summary>
public sealed class PageAnalyzerTests
{
    private static readonly SiteUrls Urls = new("/base/", new Dictionary<string, string>
    {
        ["input/a.md"] = "a.html",
        ["input/sub/b.md"] = "sub/b.html",
        ["notebooks/n.ipynb"] = "notebooks/n.html",
    });

    private static readonly PageAnalyzer Analyzer = new(MarkdownPipelineFactory.Shared, Urls);

    [Fact]
    public void Ids_come_from_the_syntax_tree_headings_attributes_footnotes_and_raw_html()
    {
        var page = Render("## 标题\n\n段落 {#para}\n\nx[^n]\n\n<div id=\"raw\"></div>\n\n[^n]: 注", "input/a.md");

        Assert.Equal(new HashSet<string> { "标题", "para", "fn:1", "fnref:1", "raw" }, page.Ids);
        foreach (var id in page.Ids) Assert.Contains($"id=\"{id}\"", page.ContentHtml);
    }

    [Fact]
    public void A_page_that_opens_with_its_own_h1_says_so_and_the_front_matter_title_still_names_it()
    {
        var page = Render("# 自己的标题\n\n正文", "input/a.md", title: "导航里的名字");

        Assert.True(page.HasOwnHeading);
        Assert.Equal("导航里的名字", page.Title);
        Assert.False(Render("正文\n\n# 后来的标题", "input/a.md").HasOwnHeading);
    }

    private static Page Render(string markdown, string sourcePath, int firstLine = 1, string? title = null)
    {
        var page = new Page
        {
            SourcePath = sourcePath,
            OutputPath = "a.html",
            Kind = PageKind.Markdown,
            FrontMatter = FrontMatter.Empty with { Title = title },
            Blocks = [new MarkdownBlock(markdown, firstLine)],
        };
        Analyzer.Analyze(page);
        page.ContentHtml = PageHtml.Render(page, MarkdownPipelineFactory.Shared, "Table");
        return page;
    }

    [Fact]
    public void Links_to_sources_become_links_to_their_pages()
    {
        var result = Render("[b](sub/b.md#x) [n](../notebooks/n.ipynb) [out](https://example.org)", "input/a.md");

        Assert.Contains("href=\"/base/sub/b.html#x\"", result.ContentHtml);
        Assert.Contains("href=\"/base/notebooks/n.html\"", result.ContentHtml);
        Assert.Contains("href=\"https://example.org\"", result.ContentHtml);
        Assert.Equal(["input/sub/b.md", "notebooks/n.ipynb"], result.Links.Select(l => l.TargetSource));
    }

    [Fact]
    public void Link_positions_are_lines_of_the_source_file()
    {
        var result = Render("line\n\n  see [x](missing.md)", "input/a.md", firstLine: 5);

        var link = Assert.Single(result.Links);
        Assert.Equal((7, 7), (link.Line, link.Column));
    }

    [Fact]
    public void Chinese_headings_get_readable_ids_and_explicit_ids_win()
    {
        var result = Render("## 数据 + 模型 = AI\n\n## 参数量级 {#scale}", "input/a.md");

        Assert.Equal(["数据--模型--ai", "scale"], result.Headings.Select(h => h.Id));
        Assert.Equal("数据 + 模型 = AI", result.Headings[0].Text);
    }

    [Fact]
    public void Tables_footnotes_task_lists_and_math_render()
    {
        var result = Render("| a |\n|---|\n| 1 |\n\nx[^1]\n\n- [x] done\n\n$a^2$\n\n[^1]: note", "input/a.md");

        Assert.Contains("<table>", result.ContentHtml);
        Assert.Contains("class=\"footnote-ref\"", result.ContentHtml);
        Assert.Contains("type=\"checkbox\"", result.ContentHtml);
        Assert.Contains("<span class=\"math\">", result.ContentHtml);
        Assert.Equal(DocSite.Documents.PageFeatures.Math, result.Features);
    }

    [Fact]
    public void Fenced_code_is_highlighted_at_build_time_and_unknown_languages_are_escaped()
    {
        var result = Render("```csharp\nvar s = \"<你好>\";\n```\n\n```text\n<raw>\n```", "input/a.md");

        Assert.Contains("<pre class=\"highlight\" tabindex=\"0\"><code class=\"language-csharp\"><span class=\"keyword\">var</span>", result.ContentHtml);
        Assert.Contains("&quot;&lt;你好&gt;&quot;", result.ContentHtml);
        Assert.Contains("&lt;raw&gt;", result.ContentHtml);
    }

    [Fact]
    public void Emphasis_works_next_to_Chinese_punctuation_and_text()
    {
        var result = Render("这是**“关键”**的一步，也是**[术语](sub/b.md)**的用法。", "input/a.md");

        Assert.Contains("<strong>“关键”</strong>的一步", result.ContentHtml);
        Assert.Contains("<strong><a href=\"/base/sub/b.html\">术语</a></strong>的用法", result.ContentHtml);
    }
}
