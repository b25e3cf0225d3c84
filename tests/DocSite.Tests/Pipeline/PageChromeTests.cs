using System.Text.RegularExpressions;
using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>What the layout adds around a page's content: one heading, escaped links.</summary>
public sealed partial class PageChromeTests
{
    [Fact]
    public async Task A_page_with_a_title_and_its_own_heading_has_one_h1()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n# 入门：第一步 {#start}\n\n正文\n");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var page = site.ReadOutput("guide/intro.html");
        Assert.Single(H1().Matches(page));
        Assert.Contains("<h1 id=\"start\">入门：第一步</h1>", page);
        Assert.Contains("<title>入门", page);
        Assert.Single(H1().Matches(site.ReadOutput("guide/details.html")));
    }

    [Fact]
    public async Task The_download_link_of_a_notebook_whose_name_has_a_space_is_escaped()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("notebooks"));
        site.Write("notebooks/my notes.ipynb", """
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 笔记\n", "只有文字。"]}],
             "metadata": {"kernelspec": {"name": ".net-csharp", "language": "C#", "display_name": ".NET (C#)"}},
             "nbformat": 4, "nbformat_minor": 5}
            """);

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var page = site.ReadOutput("notebooks/my notes.html");
        Assert.Contains("href=\"/notebooks/my%20notes.ipynb\" download", page);
        Assert.DoesNotContain("my notes.ipynb\"", page);
    }

    [Fact]
    public async Task Front_matter_keys_the_generator_does_not_know_reach_the_layout()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("input/guide/intro.md", "---\ntitle: 入门\nauthor: 张三\ntags: [数据, 模型]\nreview:\n  by: 李四\n---\n正文\n");
        Directory.CreateDirectory(site.PathOf("theme/layouts"));
        site.Write("theme/layouts/page.liquid",
            "<p class=\"by\">{{ page.front_matter.author }}</p><p class=\"tags\">{{ page.front_matter.tags | join: '、' }}</p>"
            + "<p class=\"review\">{{ page.front_matter.review.by }}</p><p class=\"title\">{{ page.front_matter.title }}</p>{{ page.content | raw }}");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var page = site.ReadOutput("guide/intro.html");
        Assert.Contains("<p class=\"by\">张三</p>", page);
        Assert.Contains("<p class=\"tags\">数据、模型</p>", page);
        Assert.Contains("<p class=\"review\">李四</p>", page);
        Assert.Contains("<p class=\"title\">入门</p>", page);
    }

    [GeneratedRegex("<h1[ >]")]
    private static partial Regex H1();
}
