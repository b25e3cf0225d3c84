using System.Globalization;
using DocSite.Results;

namespace DocSite.Tests.Results;

public sealed class ResultSyntaxTests
{
    [Theory]
    [InlineData("nb:../notebooks/x.ipynb#accuracy:P1", "../notebooks/x.ipynb", "accuracy", "P1")]
    [InlineData("nb:accuracy", null, "accuracy", null)]
    [InlineData("nb: a/b-c.dib#n:#,##0", "a/b-c.dib", "n", "#,##0")]
    [InlineData("nb:../../notebooks/compute-cost.cs#years:0", "../../notebooks/compute-cost.cs", "years", "0")]
    public void A_value_reference_names_notebook_name_and_format(string code, string? notebook, string name, string? format)
    {
        var body = ResultSyntax.InlineBody(code)!;
        Assert.False(ResultSyntax.IsClaim(body));
        Assert.Equal((new ResultReference(notebook, name), format), ResultSyntax.ParseValue(body));
    }

    [Theory]
    [InlineData("nb:x.ipynb#a >= 3 * b")]
    [InlineData("nb:x.ipynb#a:P1 > 3")]
    [InlineData("nb:0.4 <= a <= 0.6")]
    public void A_comparison_is_a_claim(string code) => Assert.True(ResultSyntax.IsClaim(ResultSyntax.InlineBody(code)!));

    [Fact]
    public void Ordinary_code_is_left_alone() => Assert.Null(ResultSyntax.InlineBody("var nb = 1;"));

    [Fact]
    public void Values_are_formatted_in_the_site_culture()
    {
        var chinese = ResultFormatter.CultureOf("zh-CN");
        Assert.Equal("25,557,032", ResultFormatter.Format(25557032L, "N0", chinese));
        Assert.Equal("96.4%", ResultFormatter.Format(0.9643, "P1", chinese));
        Assert.Equal("25.557.032", ResultFormatter.Format(25557032L, "N0", ResultFormatter.CultureOf("de-DE")));
        Assert.Same(CultureInfo.InvariantCulture, ResultFormatter.CultureOf("no-such-language-x"));
    }

    [Fact]
    public void A_format_that_does_not_fit_the_value_is_GLUE004()
    {
        var error = Assert.Throws<GlueException>(() => ResultFormatter.Format(0.5, "D", CultureInfo.InvariantCulture));
        Assert.Equal("GLUE004", error.Code);
        Assert.Equal("GLUE004", Assert.Throws<GlueException>(() => ResultFormatter.Format("卷积", "N0", CultureInfo.InvariantCulture)).Code);
    }
}
