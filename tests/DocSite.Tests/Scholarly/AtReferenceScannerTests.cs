using DocSite.Scholarly;

namespace DocSite.Tests.Scholarly;

public sealed class AtReferenceScannerTests
{
    [Fact]
    public void A_bracketed_citation_with_a_Chinese_locator_keeps_it_as_a_suffix()
    {
        var reference = Assert.Single(AtReferenceScanner.Scan("见 [@radford2021, 第 3 页]。"));
        Assert.Equal(2, reference.Start);
        Assert.Equal("[@radford2021, 第 3 页]".Length, reference.Length);
        Assert.Equal(new CitationItem("radford2021", Suffix: ", 第 3 页"), Assert.Single(reference.Items));
    }

    [Fact]
    public void Several_works_a_prefix_and_a_page_locator_are_read_as_Pandoc_does()
    {
        var reference = Assert.Single(AtReferenceScanner.Scan("[see @a, p. 33; @b]"));
        Assert.Equal([new CitationItem("a", "33", "page", "see"), new CitationItem("b")], reference.Items);
    }

    [Fact]
    public void A_bare_key_ends_where_ASCII_ends_so_Chinese_text_may_follow_it()
    {
        var reference = Assert.Single(AtReferenceScanner.Scan("如 @kaplan2020scaling所述，"));
        Assert.Equal("kaplan2020scaling", Assert.Single(reference.Items).Key);
        Assert.False(reference.IsCrossReference);
    }

    [Theory]
    [InlineData("mail someone@example.com now")]
    [InlineData("[mail me@x.com]")]
    [InlineData("a@b")]
    [InlineData("@")]
    public void Addresses_bare_at_signs_and_bracketed_cross_references_are_not_citations(string text) =>
        Assert.Empty(AtReferenceScanner.Scan(text));

    [Fact]
    public void A_figure_or_table_label_is_a_cross_reference_without_its_trailing_punctuation()
    {
        var references = AtReferenceScanner.Scan("@fig-loss-curve. 与 @tbl-scale，[@fig-a]");
        Assert.Equal(["fig-loss-curve", "tbl-scale", "fig-a"], references.Select(r => r.Items[0].Key));
        Assert.All(references, r => Assert.True(r.IsCrossReference));
    }
}
