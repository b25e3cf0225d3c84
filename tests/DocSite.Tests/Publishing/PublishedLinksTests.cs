using System.Text.RegularExpressions;
using DocSite.Configuration;
using DocSite.Tests.Support;

namespace DocSite.Tests.Publishing;

/// <summary>What the pipeline passes to the build (configure-pages' base URL and path, the repository and its default branch) ends up in the links.</summary>
public sealed partial class PublishedLinksTests
{
    [Fact]
    public async Task Edit_links_open_the_web_editor_of_the_given_repository_and_branch()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync("--repository", "https://github.com/owner/guide", "--branch", "trunk");

        Assert.True(run.ExitCode == 0, run.Errors);
        var details = site.ReadOutput("guide/details.html");
        Assert.Contains("href=\"https://github.com/owner/guide/edit/trunk/input/guide/details.md\"", details);
        Assert.Contains("class=\"repo\" href=\"https://github.com/owner/guide\"", details);
        Assert.DoesNotContain("/blob/", details);
        Assert.DoesNotContain("github.com/example", details);
    }

    [Fact]
    public async Task Without_a_repository_no_source_or_edit_links_are_rendered()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("site.yml", Regex.Replace(File.ReadAllText(site.PathOf("site.yml")), "^repository:.*$", "", RegexOptions.Multiline));

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var details = site.ReadOutput("guide/details.html");
        Assert.DoesNotContain("class=\"repo\"", details);
        Assert.DoesNotContain("class=\"edit\"", details);
        Assert.DoesNotContain("github.com", details);
    }

    [Fact]
    public void This_repository_names_no_placeholder_repository_or_site_address()
    {
        var config = SiteConfigLoader.Load(RepositoryRoot.Path);

        Assert.Null(config.Repository);
        Assert.Equal("", config.BaseUrl);
        Assert.Equal("/", config.BasePath);
    }

    [Fact]
    public async Task The_sitemap_lists_the_urls_the_pages_link_to()
    {
        // basic-site: base_url https://example.org/docs/ but base_path /: the pages' path wins, in the sitemap too.
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("href=\"/guide/details.html\"", site.ReadOutput("guide/intro.html"));
        Assert.Equal(["https://example.org/guide/details.html", "https://example.org/guide/intro.html", "https://example.org/"], Locations(site));
    }

    [Theory]
    [InlineData("https://owner.github.io/guide/", "/guide/")] // a project site
    [InlineData("https://owner.github.io/", "/")]             // a user site: configure-pages' base_path is empty
    [InlineData("https://docs.example.com/", "/")]            // a custom domain
    public async Task Configure_pages_base_url_and_path_agree_in_pages_and_sitemap(string baseUrl, string basePath)
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync("--base-url", baseUrl, "--base-path", basePath);

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains($"href=\"{basePath}guide/details.html\"", site.ReadOutput("guide/intro.html"));
        Assert.Contains($"{baseUrl}guide/details.html", Locations(site));
    }

    [Fact]
    public async Task A_base_url_alone_also_sets_the_base_path()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync("--base-url", "https://owner.github.io/guide/");

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Contains("href=\"/guide/guide/details.html\"", site.ReadOutput("guide/intro.html"));
        Assert.Contains("https://owner.github.io/guide/guide/details.html", Locations(site));
    }

    private static List<string> Locations(TestSite site) =>
        LocationElement().Matches(site.ReadOutput("sitemap.xml")).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("<loc>([^<]*)</loc>")]
    private static partial Regex LocationElement();
}
