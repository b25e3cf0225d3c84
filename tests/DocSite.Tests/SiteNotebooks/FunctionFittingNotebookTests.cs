namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// Function fitting, in a small seeded configuration: the claims its page makes about capacity and data hold.
/// </summary>
public sealed class FunctionFittingNotebookTests
{
    [Fact]
    public async Task The_line_underfits_the_largest_model_overfits_few_points_and_more_data_lowers_its_validation_error()
    {
        var (metrics, _) = await SiteNotebook.RunAsync("function-fitting", new Dictionary<string, string>
        {
            ["widthList"] = "2",
            ["deepWidth"] = "64",
            ["dataSizeList"] = "20, 160",
            ["steps"] = "800",
        });

        double Get(string name) => metrics.GetProperty(name).GetDouble();
        var noiseVariance = Get("noise_variance");
        Assert.True(Get("line_train_mse") > 3 * noiseVariance, $"the line fits its training points too well to be underfitting: {Get("line_train_mse")}");
        Assert.True(Get("largest_validation_mse") > 3 * Get("largest_train_mse"),
            $"the largest model on few points does not overfit: training {Get("largest_train_mse")}, validation {Get("largest_validation_mse")}");
        Assert.True(Get("most_points_validation_mse") < Get("fewest_points_validation_mse"),
            $"more data did not lower the validation error: {Get("fewest_points_validation_mse")} → {Get("most_points_validation_mse")}");
    }
}
