namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// The nano-GPT of the parameter-scale page, trained briefly with a fixed seed, sorts sequences it never saw
/// far better than copying them: the claim its page makes.
/// </summary>
public sealed class NanoGptSortNotebookTests
{
    [Fact]
    public async Task The_85584_parameter_GPT_sorts_held_out_sequences_far_better_than_copying_them()
    {
        var (metrics, _) = await SiteNotebook.RunAsync("nano-gpt-sort", new Dictionary<string, string>
        {
            ["steps"] = "200",
            ["temperatureList"] = "2",
        });

        var accuracy = metrics.GetProperty("greedy_accuracy").GetDouble();
        var copying = metrics.GetProperty("copy_baseline").GetDouble();
        Assert.Equal(85_584, metrics.GetProperty("parameters").GetInt64());
        Assert.True(copying < 0.2, $"copying the input is right on {copying:P1} of the held-out sequences");
        Assert.True(accuracy >= 0.9, $"greedy decoding sorts only {accuracy:P1} of the held-out sequences");
        Assert.True(accuracy >= 5 * copying, $"sorting ({accuracy:P1}) is not far above copying ({copying:P1})");
    }
}
