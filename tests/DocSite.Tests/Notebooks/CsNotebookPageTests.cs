using System.Text.RegularExpressions;
using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

/// <summary>A literate .cs notebook (converted from the fixture's .ipynb) builds into the same page as the .ipynb.</summary>
public sealed partial class CsNotebookPageTests
{
    [Fact]
    public async Task A_notebook_converted_to_cs_builds_into_the_same_page_as_the_ipynb()
    {
        using var site = TestSite.CopyOf("notebook-site");
        var first = await site.BuildAsync();
        Assert.True(first.ExitCode == 0, first.Errors);
        var fromIpynb = Article(site.ReadOutput("notebooks/hello.html"));

        var convert = await site.RunAsync("convert", site.PathOf("notebooks/hello.ipynb"), "--to", "cs");
        Assert.True(convert.ExitCode == 0, convert.Errors);
        File.Delete(site.PathOf("notebooks/hello.ipynb"));
        foreach (var file in new[] { "site.yml", "input/index.md" })
        {
            site.Write(file, File.ReadAllText(site.PathOf(file)).Replace("notebooks/hello.ipynb", "notebooks/hello.cs", StringComparison.Ordinal));
        }

        var second = await site.BuildAsync();

        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Equal(fromIpynb, Article(site.ReadOutput("notebooks/hello.html")));
        // The same cells, kernels and tags: the .cs is the same notebook to the cache, so nothing ran again.
        Assert.Equal(0, second.WorkersStarted);
        Assert.Contains("\"text/plain\": \"3\"", site.ReadOutput("notebooks/hello.ipynb"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("notebooks/hello.ipynb")]
    [InlineData("notebooks/hello.ipynb", "--to", "py")]
    [InlineData("notebooks/missing.ipynb", "--to", "cs")]
    [InlineData("notebooks/hello.ipynb", "--to", "ipynb")]
    public async Task Convert_without_a_known_format_an_existing_notebook_or_a_change_of_format_is_bad_usage(params string[] args)
    {
        using var site = TestSite.CopyOf("notebook-site");

        var run = await site.RunAsync(["convert", site.PathOf(args[0]), .. args[1..]]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(site.PathOf("notebooks/hello.cs")));
    }

    [Fact]
    public async Task Convert_does_not_replace_a_file_unless_forced()
    {
        using var site = TestSite.CopyOf("notebook-site");
        site.Write("notebooks/hello.cs", "// mine\n");

        var refused = await site.RunAsync("convert", site.PathOf("notebooks/hello.ipynb"), "--to", "cs");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--force", refused.Errors, StringComparison.Ordinal);
        Assert.Equal("// mine\n", File.ReadAllText(site.PathOf("notebooks/hello.cs")));

        var forced = await site.RunAsync("convert", site.PathOf("notebooks/hello.ipynb"), "--to", "cs", "--force");
        Assert.Equal(0, forced.ExitCode);
        Assert.StartsWith("#!/usr/bin/env dotnet\n", File.ReadAllText(site.PathOf("notebooks/hello.cs")), StringComparison.Ordinal);
    }

    private static string Article(string page) => ArticleElement().Match(page).Value;

    [GeneratedRegex("<article.*</article>", RegexOptions.Singleline)]
    private static partial Regex ArticleElement();
}
