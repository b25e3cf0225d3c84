using System.Text.RegularExpressions;
using DocSite.Benchmarks;
using DocSite.Cli;
using DocSite.Diagnostics;
using DocSite.FromNotebooks;
using DocSite.Tests.Support;

namespace DocSite.Tests.Reader;

/// <summary>
/// The benchmark corpus (1,000 pages in 20 sections of 50, math typeset, search index built): each page stays
/// small because its sidebar holds the sections and the current page's siblings, not every page of the site.
/// </summary>
public sealed partial class LargeSiteBudgetTests
{
    private const int PageBudget = 30 * 1024;

    [Fact]
    public async Task Every_page_of_the_1000_page_corpus_is_at_most_30_KB_with_a_sidebar_of_sections_and_siblings()
    {
        var root = Path.Combine(Path.GetTempPath(), "docsite-tests", Guid.NewGuid().ToString("N"));
        try
        {
            Directory.CreateDirectory(root);
            CorpusGenerator.Write(root, 1000);
            Directory.CreateSymbolicLink(Path.Combine(root, "node_modules"), await RepositoryPackages.NodeModulesAsync());
            var output = Path.Combine(root, "output");
            var errors = new StringWriter();

            var exitCode = await SiteCommandLine.RunAsync(["build", "--root", root, "--output", output], new BuildLog(TextWriter.Null, errors), new NotebookPages());

            Assert.True(exitCode == 0, errors.ToString());
            var pages = Directory.EnumerateFiles(Path.Combine(output, "section-07"), "*.html").ToList();
            Assert.Equal(51, pages.Count);
            foreach (var page in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Where(p => !p.Contains("pagefind", StringComparison.Ordinal)))
            {
                var bytes = new FileInfo(page).Length;
                Assert.True(bytes <= PageBudget, $"{Path.GetRelativePath(output, page)} is {bytes / 1024.0:0.0} KB");
            }
            var sidebar = Sidebar().Match(File.ReadAllText(Path.Combine(output, "section-07", "page-10.html"))).Value;
            // 20 sections and the 50 pages beside this one (the home page too), nothing from the other sections.
            Assert.InRange(Regex.Matches(sidebar, "<a ").Count, 60, 75);
            Assert.DoesNotContain("section-08/page-", sidebar);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [GeneratedRegex("<nav class=\"sidebar\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Sidebar();
}
