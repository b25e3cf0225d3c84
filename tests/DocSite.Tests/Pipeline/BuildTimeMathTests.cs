using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

public sealed class BuildTimeMathTests
{
    [Fact]
    public async Task Math_is_typeset_at_build_time_and_its_pages_ship_KaTeX_css_and_fonts_but_no_script()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        site.Write("input/guide/intro.md", "# 入门\n\n$$\n\\sum_{i=1}^n x_i\n$$\n");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var index = site.ReadOutput("index.html");
        Assert.Contains("<span class=\"math\"><span class=\"katex\"><span class=\"katex-mathml\"><math xmlns=\"http://www.w3.org/1998/Math/MathML\">", index);
        Assert.Contains("<annotation encoding=\"application/x-tex\">E = mc^2</annotation>", index);
        Assert.DoesNotContain("\\(", index);
        Assert.Contains("<div class=\"math\" tabindex=\"0\"><span class=\"katex-display\">", site.ReadOutput("guide/intro.html"));
        Assert.Matches("href=\"/assets/katex/katex\\.min\\.[0-9a-f]{8}\\.css\"", index);
        Assert.DoesNotMatch("<script[^>]*katex", index);
        Assert.DoesNotContain(Directory.GetFiles(site.Output, "*.js", SearchOption.AllDirectories), f => f.Contains("katex", StringComparison.Ordinal));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(site.Output, "assets", "katex", "fonts"), "*.woff2"));
        Assert.DoesNotContain("katex", site.ReadOutput("guide/details.html"));
    }

    [Fact]
    public async Task Invalid_TeX_is_MATH001_at_the_formula_and_the_previous_site_is_kept()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);
        site.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n# 入门\n\n正文 $x^}$ 与\n\n$$\n\\frac{1}{\n$$\n");

        var run = await site.BuildAsync();

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input/guide/intro.md:6:4: error MATH001: KaTeX parse error: Expected group after '^'", run.Errors);
        Assert.Contains("input/guide/intro.md:8:1: error MATH001: KaTeX parse error:", run.Errors);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }

    [Fact]
    public async Task Without_KaTeX_in_node_modules_the_TeX_is_shown_as_written()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 0, run.Errors);
        var index = site.ReadOutput("index.html");
        Assert.Contains("<span class=\"math\">\\(E = mc^2\\)</span>", index);
        Assert.DoesNotContain("katex", index);
    }
}
