using System.Text.RegularExpressions;
using DocSite.Tests.Support;

namespace DocSite.Tests.Reader;

/// <summary>What the default theme gives a reader around the content: skip link, tags for link previews, scroll boxes, navigation.</summary>
public sealed partial class ReaderDetailsTests(BuiltReaderSite built) : IClassFixture<BuiltReaderSite>
{
    private TestSite Site => built.Site;

    [Fact]
    public void The_site_builds()
    {
        Assert.True(built.Run.ExitCode == 0, built.Run.Errors);
    }

    [Fact]
    public void Every_page_starts_with_a_skip_link_to_the_main_content()
    {
        foreach (var path in new[] { "index.html", "guide/table.html", "404.html" })
        {
            var page = Site.ReadOutput(path);
            var skip = page.IndexOf("<a class=\"skip-link\" href=\"#content\">跳到正文</a>", StringComparison.Ordinal);
            Assert.True(skip >= 0 && skip < page.IndexOf("<header", StringComparison.Ordinal), $"{path} has no skip link before its header");
            Assert.Contains("<main class=\"content\" id=\"content\" tabindex=\"-1\">", page);
        }
    }

    [Fact]
    public void Pages_have_canonical_and_OpenGraph_tags_under_the_base_url_and_a_favicon()
    {
        var page = Site.ReadOutput("guide/table.html");

        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/guide/table.html\">", page);
        Assert.Contains("<meta property=\"og:url\" content=\"https://example.org/guide/table.html\">", page);
        Assert.Contains("<meta property=\"og:title\" content=\"表格\">", page);
        Assert.Contains("<meta property=\"og:description\" content=\"一个有表格和代码的页面。\">", page);
        Assert.Contains("<meta property=\"og:locale\" content=\"zh_CN\">", page);
        Assert.Contains("<link rel=\"canonical\" href=\"https://example.org/\">", Site.ReadOutput("index.html"));
        Assert.Contains("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">", page);
        Assert.True(File.Exists(Path.Combine(Site.Output, "assets", "favicon.svg")));
    }

    [Fact]
    public void Tables_scroll_in_a_labelled_box_the_keyboard_reaches()
    {
        var page = Site.ReadOutput("guide/table.html");

        Assert.Matches("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"表格（可左右滚动）\">\\s*<table>", page);
    }

    [Fact]
    public void Code_blocks_fenced_or_indented_can_be_reached_with_the_keyboard()
    {
        var page = Site.ReadOutput("guide/table.html");

        Assert.Contains("<pre class=\"highlight\" tabindex=\"0\"><code class=\"language-csharp\">", page);
        Assert.Contains("<pre tabindex=\"0\"><code>indented code", page);
    }

    [Fact]
    public void The_table_of_contents_comes_before_the_article_so_narrow_screens_show_it_above()
    {
        var page = Site.ReadOutput("guide/table.html");

        var toc = page.IndexOf("<aside class=\"toc\" aria-label=\"本页内容\">", StringComparison.Ordinal);
        Assert.True(toc >= 0, "no table of contents");
        Assert.True(toc < page.IndexOf("<main", StringComparison.Ordinal));
        Assert.Contains("<summary>本页内容</summary>", page);
        Assert.Contains("<a href=\"#模态\">模态</a>", page);
    }

    [Fact]
    public void A_section_whose_first_page_has_its_title_is_one_navigation_entry()
    {
        var page = Site.ReadOutput("guide/intro.html");
        var sidebar = Sidebar().Match(page).Value;

        Assert.Single(Regex.Matches(sidebar, ">指南<"));
        Assert.Contains("<a href=\"/guide/index.html\">指南</a>", sidebar);
        // The breadcrumbs name the section once, linked to its overview.
        Assert.Matches("<nav class=\"breadcrumbs\"[^>]*>\\s*<a href=\"/\">首页</a> <span aria-hidden=\"true\">›</span> <a href=\"/guide/index.html\">指南</a>\\s*</nav>", page);
    }

    [Fact]
    public void The_menu_button_says_what_it_does_in_the_site_language_both_ways()
    {
        var page = Site.ReadOutput("index.html");

        Assert.Contains("aria-label=\"打开目录\" data-label-open=\"打开目录\" data-label-close=\"关闭目录\"", page);
        Assert.Contains("data-copy=\"复制\" data-copied=\"已复制\" data-anchor=\"链接到本节\"", page);
    }

    [GeneratedRegex("<nav class=\"sidebar\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Sidebar();
}
