using DocSite.Markdown;

namespace DocSite.Tests.SiteContent;

/// <summary>The prose the content checks read is what a reader sees, so a citation key never counts as a word of a page.</summary>
public sealed class PageTextTests
{
    [Fact]
    public void Citation_keys_and_cross_reference_labels_are_not_prose_but_their_locators_are()
    {
        var text = Assert.Single(PageText.Blocks("暂退法[@srivastava2014dropout, 第 3 页]，见 @tbl-dropout 与 [@a; @b]。\n", MarkdownPipelineFactory.Create())).Text;
        Assert.Equal("暂退法[, 第 3 页]，见  与 [; ]。", text);
    }
}
