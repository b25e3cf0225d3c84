using System.IO.Compression;
using System.Text;
using System.Text.Json;
using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

public sealed class SearchIndexTests
{
    [Fact]
    public async Task The_build_publishes_a_Chinese_Pagefind_index_of_the_articles_and_a_search_box_under_the_base_path()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");

        var run = await site.BuildAsync("--base-path", "my-repo");

        Assert.True(run.ExitCode == 0, run.Errors);
        var entry = JsonDocument.Parse(site.ReadOutput("pagefind/pagefind-entry.json")).RootElement;
        var language = Assert.Single(entry.GetProperty("languages").EnumerateObject());
        Assert.Equal("zh-cn", language.Name);
        Assert.Equal(3, language.Value.GetProperty("page_count").GetInt32());   // the pages, not the 404 page
        foreach (var script in new[] { "pagefind.js", "pagefind-ui.js", "pagefind-ui.css" })
            Assert.True(File.Exists(Path.Combine(site.Output, "pagefind", script)), script);

        // A formula is indexed as its TeX only, not also as KaTeX's MathML and glyphs.
        var home = Directory.GetFiles(Path.Combine(site.Output, "pagefind", "fragment"))
            .Select(f => Encoding.UTF8.GetString(Gunzip(f)))
            .Single(f => f.Contains("\"url\":\"/index.html\"", StringComparison.Ordinal));
        Assert.Contains("E \u200B= \u200Bmc\u200B^\u200B2\u200B。", home);
        Assert.DoesNotContain("mc2", home);

        var index = site.ReadOutput("index.html");
        Assert.Contains("<article data-pagefind-body>", index);
        Assert.Contains("data-bundle=\"/my-repo/pagefind/\" data-base=\"/my-repo/\"", index);
        // Pagefind's UI is loaded on first use, not with the page.
        Assert.DoesNotContain("pagefind-ui.js", index);
    }

    [Fact]
    public async Task A_page_s_search_weight_in_its_front_matter_weighs_its_whole_article()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        site.Write("input/guide/details.md", "---\ntitle: 细节\nsearch_weight: 0.5\n---\n## 表格 {#tables}\n\n很长的参考页。\n");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("<article data-pagefind-body data-pagefind-weight=\"0.5\">", site.ReadOutput("guide/details.html"));
        Assert.Contains("<article data-pagefind-body>", site.ReadOutput("guide/intro.html"));
    }

    [Fact]
    public async Task Two_builds_write_the_same_bytes_math_and_index_included()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var first = TestSite.Snapshot(site.Output);

        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        Assert.Contains(first.Keys, path => path.StartsWith("pagefind", StringComparison.Ordinal));
        Assert.Equal(first, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task A_source_in_the_index_folder_is_OUT001()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        Directory.CreateDirectory(site.PathOf("input/pagefind"));
        site.Write("input/pagefind/pagefind.js", "// mine");

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/pagefind/pagefind.js:1: error OUT001: `input/pagefind/pagefind.js` would be written to `pagefind/pagefind.js`, in the folder where the build writes the search index", run.Errors);
    }

    [Fact]
    public async Task Without_Pagefind_in_node_modules_the_site_has_no_search_box_and_no_index()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.DoesNotContain("id=\"search\"", site.ReadOutput("index.html"));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "pagefind")));
        Assert.Contains("node_modules/pagefind is missing", run.Output);
    }

    private static byte[] Gunzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var bytes = new MemoryStream();
        gzip.CopyTo(bytes);
        return bytes.ToArray();
    }
}
