using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

public sealed class SiteBuildTests
{
    [Fact]
    public async Task A_fixture_site_builds_into_a_complete_static_site()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var index = site.ReadOutput("index.html");
        Assert.Contains("<html lang=\"zh-CN\">", index);
        Assert.Contains("<title>测试站点</title>", index);
        Assert.Contains("<meta name=\"description\" content=\"测试站点的首页。\">", index);
        Assert.Contains("href=\"/guide/intro.html\"", index);
        Assert.Contains("href=\"/guide/details.html#tables\"", index);
        var intro = site.ReadOutput("guide/intro.html");
        Assert.Contains("<title>入门 · 测试站点</title>", intro);
        Assert.Contains("<h2 id=\"参数量级\">参数量级</h2>", intro);
        Assert.Contains("href=\"#%E5%8F%82%E6%95%B0%E9%87%8F%E7%BA%A7\"", intro);
        Assert.Contains("src=\"/guide/images/diagram.svg\"", intro);
        Assert.True(File.Exists(Path.Combine(site.Output, "guide", "images", "diagram.svg")));
        Assert.True(File.Exists(Path.Combine(site.Output, "404.html")));
        Assert.True(File.Exists(Path.Combine(site.Output, ".nojekyll")));
        Assert.Contains("<loc>https://example.org/guide/details.html</loc>", site.ReadOutput("sitemap.xml"));
    }

    [Fact]
    public async Task Navigation_gives_sidebar_breadcrumbs_previous_next_and_table_of_contents()
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var details = site.ReadOutput("guide/details.html");
        Assert.Contains("<a href=\"/guide/details.html\" aria-current=\"page\">细节</a>", details);
        Assert.Contains("<a href=\"/guide/intro.html\">指南</a>", details);
        Assert.Contains("class=\"previous\" href=\"/guide/intro.html\"><small>上一篇</small>入门</a>", details);
        Assert.DoesNotContain("class=\"next\"", details);
        Assert.Contains("https://github.com/example/docs/edit/main/input/guide/details.md", details);
    }

    [Fact]
    public async Task Css_and_js_are_fingerprinted_and_referenced_by_their_hashed_names()
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var css = Directory.GetFiles(Path.Combine(site.Output, "assets"), "site.*.css").Single();
        var name = Path.GetFileName(css);
        Assert.Matches(@"^site\.[0-9a-f]{8}\.css$", name);
        Assert.Contains($"href=\"/assets/{name}\"", site.ReadOutput("index.html"));
    }

    [Fact]
    public async Task Base_path_prefixes_every_internal_link_and_asset()
    {
        using var site = TestSite.CopyOf("basic-site");

        Assert.Equal(0, (await site.BuildAsync("--base-path", "my-repo")).ExitCode);

        var index = site.ReadOutput("index.html");
        Assert.Contains("href=\"/my-repo/guide/intro.html\"", index);
        Assert.Matches("href=\"/my-repo/assets/site\\.[0-9a-f]{8}\\.css\"", index);
        Assert.DoesNotMatch("(href|src)=\"/(?!my-repo/)", index);
        Assert.DoesNotMatch("(href|src)=\"/(?!my-repo/)", site.ReadOutput("404.html"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var first = TestSite.Snapshot(site.Output);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        Assert.Equal(first, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task Draft_pages_are_left_out_unless_asked_for()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("input/draft.md", "---\ntitle: 草稿\ndraft: true\n---\n还没写完。\n");

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        Assert.False(File.Exists(Path.Combine(site.Output, "draft.html")));

        Assert.Equal(0, (await site.BuildAsync("--drafts")).ExitCode);
        Assert.True(File.Exists(Path.Combine(site.Output, "draft.html")));
    }
}
