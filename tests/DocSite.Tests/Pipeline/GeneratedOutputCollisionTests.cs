using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>A source that would be written where the build writes a file of its own is OUT001, naming both.</summary>
public sealed class GeneratedOutputCollisionTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "basic-site", "input/404.md",
            "input/404.md:1: error OUT001: `input/404.md` would be written to `404.html`, where the build writes the 404 page (to change it, override theme/layouts/404.liquid); rename or move it"
        },
        {
            "basic-site", "input/sitemap.xml",
            "input/sitemap.xml:1: error OUT001: `input/sitemap.xml` would be written to `sitemap.xml`, where the build writes the sitemap; rename or move it"
        },
        {
            "basic-site", "input/assets/logo.svg",
            "input/assets/logo.svg:1: error OUT001: `input/assets/logo.svg` would be written to `assets/logo.svg`, where the build writes a site asset (from theme/assets or a front-end package); rename or move it"
        },
        {
            "notebook-site", "input/notebooks/hello.ipynb",
            "input/notebooks/hello.ipynb:1: error OUT001: `input/notebooks/hello.ipynb` would be written to `notebooks/hello.ipynb`, where the build writes the download of the executed notebooks/hello.ipynb; rename or move it"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_source_in_the_place_of_a_generated_file_is_OUT001(string fixture, string source, string expected)
    {
        using var site = TestSite.CopyOf(fixture);
        Directory.CreateDirectory(site.PathOf("theme/assets"));
        site.Write("theme/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(source))!);
        site.Write(source, source.EndsWith(".md", StringComparison.Ordinal) ? "---\ntitle: 冲突\n---\n正文\n" : "not generated");

        // --no-execute: the collision is found before any notebook would run (there is no cache here).
        var run = await site.BuildAsync("--no-execute");

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal([expected], SourceLinkTests.ErrorLines(run));
        Assert.False(Directory.Exists(site.Output));
    }

    /// <summary>KaTeX joins the assets late (after the pages are rendered): the check before writing sees it.</summary>
    [Fact]
    public async Task A_source_in_the_place_of_an_asset_added_for_math_is_OUT001()
    {
        using var site = await TestSite.CopyWithPackagesAsync("basic-site");
        var font = "input/assets/katex/fonts/KaTeX_Main-Regular.woff2";
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(font))!);
        site.Write(font, "not a font");

        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        Assert.Equal([$"{font}:1: error OUT001: `{font}` would be written to `assets/katex/fonts/KaTeX_Main-Regular.woff2`, where the build writes a site asset (from theme/assets or a front-end package); rename or move it"],
            SourceLinkTests.ErrorLines(run));
    }
}
