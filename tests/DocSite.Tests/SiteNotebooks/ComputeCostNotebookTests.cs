namespace DocSite.Tests.SiteNotebooks;

/// <summary>The cost page's compute numbers come from the site's literate C# notebook, not typed in.</summary>
public sealed class ComputeCostNotebookTests
{
    [Fact]
    public async Task The_notebook_computes_GPT3s_training_and_inference_arithmetic()
    {
        var (metrics, printed) = await SiteNotebook.RunAsync("compute-cost", extension: ".cs");

        Assert.Equal(6 * 175e9 * 300e9, metrics.GetProperty("train_flops").GetDouble());
        Assert.Equal(3640 * 1e15 * 86_400, metrics.GetProperty("paper_flops").GetDouble());
        Assert.InRange(metrics.GetProperty("years").GetDouble(), 9.9, 10.1);
        Assert.Equal(2 * 175e9, metrics.GetProperty("flops_per_token").GetDouble());
        Assert.Equal(4, metrics.GetProperty("int8_shrink").GetDouble());
        Assert.Contains("INT8    175 GB", printed, StringComparison.Ordinal);
    }
}
