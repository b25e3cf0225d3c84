namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// The ImageBind toy, in a small seeded configuration: audio, aligned only with images, is classified by text
/// without ever being paired with it, far above chance; aligned with a different image encoder, it is not.
/// </summary>
public sealed class ImageBindNotebookTests
{
    [Fact]
    public async Task Audio_and_text_align_through_images_alone_and_not_through_a_different_image_encoder()
    {
        var (metrics, _) = await SiteNotebook.RunAsync("imagebind-toy", new Dictionary<string, string>
        {
            ["trainPerDigit"] = "200",
            ["testPerDigit"] = "50",
            ["stage1Epochs"] = "8",
            ["stage2Epochs"] = "6",
            ["batchSize"] = "128",
        });

        var chance = metrics.GetProperty("chance").GetDouble();
        var emergent = metrics.GetProperty("zero_shot_audio_accuracy").GetDouble();
        var ablation = metrics.GetProperty("ablation_zero_shot_accuracy").GetDouble();
        var untrained = metrics.GetProperty("untrained_audio_accuracy").GetDouble();
        Assert.Equal(0.1, chance, 3);
        Assert.True(emergent >= 3 * chance, $"emergent zero-shot accuracy {emergent} is not 3× chance");
        Assert.True(ablation < 0.25 && emergent - ablation >= 0.3, $"the ablation ({ablation}) is not clearly below the emergent accuracy ({emergent})");
        Assert.True(untrained < 0.25, $"an untrained audio encoder scores {untrained}");
    }
}
