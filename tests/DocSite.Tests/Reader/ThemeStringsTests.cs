using DocSite.Tests.Support;
using DocSite.Theme;

namespace DocSite.Tests.Reader;

/// <summary>The theme's words: a table per language, chosen by site.yml's language, overridable by the site.</summary>
public sealed class ThemeStringsTests
{
    [Theory]
    [InlineData("zh-CN", "本页内容")]
    [InlineData("zh-cn", "本页内容")]
    [InlineData("zh-TW", "本页内容")]   // no table of its own: the one of the same primary language
    [InlineData("en", "On this page")]
    [InlineData("fr", "On this page")]  // no table at all: English
    public void The_table_follows_the_site_language(string language, string expected)
    {
        using var site = TestSite.CopyOf("basic-site");

        var strings = ThemeStrings.Load(ThemeFiles.Load(site.Root), language, null);

        Assert.Equal(expected, strings["toc_title"]);
    }

    [Fact]
    public void A_site_overrides_single_strings_and_its_own_table_falls_back_to_English_for_missing_ones()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("theme/strings"));
        site.Write("theme/strings/de.yml", "toc_title: Auf dieser Seite\n");

        var strings = ThemeStrings.Load(ThemeFiles.Load(site.Root), "de", new Dictionary<string, string> { ["copy_code"] = "Kopieren" });

        Assert.Equal("Auf dieser Seite", strings["toc_title"]);
        Assert.Equal("Kopieren", strings["copy_code"]);
        Assert.Equal("Skip to content", strings["skip_to_content"]);
    }

    [Fact]
    public async Task An_English_site_gets_English_theme_words_and_its_own_overrides_from_site_yml()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("site.yml", "title: Test\nlanguage: en\nstrings:\n  toc_title: Contents\n");
        site.Write("input/guide/intro.md", "---\ntitle: Intro\n---\n## One\n\ntext\n\n## Two\n\ntext\n");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var page = site.ReadOutput("guide/intro.html");
        Assert.Contains("<summary>Contents</summary>", page);
        Assert.Contains(">Skip to content</a>", page);
        Assert.Contains("aria-label=\"Open navigation\"", page);
        Assert.Contains("<h1>Page not found</h1>", site.ReadOutput("404.html"));
        foreach (var chinese in new[] { "本页内容", "跳到正文", "打开目录", "上一篇", "下一篇", "切换深色" })
            Assert.DoesNotContain(chinese, page);
    }

    [Fact]
    public async Task A_strings_file_that_is_not_a_mapping_fails_the_build_at_its_line()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("theme/strings"));
        site.Write("theme/strings/zh-CN.yml", "# 中文\ntoc_title:\n  - 本页\n");

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("theme/strings/zh-CN.yml:2: error STRINGS001:", run.Errors);
    }
}
