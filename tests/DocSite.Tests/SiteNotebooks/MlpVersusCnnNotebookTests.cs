namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// MLP against CNN on real digits, in a small seeded configuration: the directions the page claims hold.
/// </summary>
public sealed class MlpVersusCnnNotebookTests
{
    [Fact]
    public async Task The_CNN_wins_on_plain_and_shifted_digits_and_loses_its_advantage_on_permuted_pixels()
    {
        var (metrics, _) = await SiteNotebook.RunAsync("mlp-vs-cnn", new Dictionary<string, string>
        {
            ["epochs"] = "1",
            ["mlpWidthList"] = "8",
            ["cnnChannelList"] = "8",
            ["trainSizeList"] = "500,7000",
            ["curvePointsPerEpoch"] = "2",
        });

        double Get(string name) => metrics.GetProperty(name).GetDouble();
        var (mlpPlain, cnnPlain) = (Get("mlp_acc_plain"), Get("cnn_acc_plain"));
        var (mlpShifted, cnnShifted) = (Get("mlp_acc_shifted"), Get("cnn_acc_shifted"));
        var (mlpPermuted, cnnPermuted) = (Get("mlp_acc_permuted"), Get("cnn_acc_permuted"));
        var (mlpParams, cnnParams) = (Get("mlp_params"), Get("cnn_params"));

        Assert.True(Math.Abs(mlpParams - cnnParams) / cnnParams < 0.15, $"not an equal budget: MLP {mlpParams} vs CNN {cnnParams} parameters");
        Assert.True(cnnPlain > mlpPlain, $"plain digits: CNN {cnnPlain} vs MLP {mlpPlain}");
        Assert.True(cnnShifted > mlpShifted, $"shifted digits: CNN {cnnShifted} vs MLP {mlpShifted}");
        Assert.True(cnnPermuted - mlpPermuted < cnnPlain - mlpPlain,
            $"the CNN's advantage did not shrink on permuted pixels: {cnnPermuted - mlpPermuted} vs {cnnPlain - mlpPlain}");
    }
}
