using DocSite.Results;

namespace DocSite.Tests.Results;

public sealed class ClaimTests
{
    private static readonly Dictionary<string, double> Values = new() { ["emergent"] = 0.52, ["chance"] = 0.1, ["ablation"] = 0.12 };

    private static string? Check(string claim) =>
        Claim.Check(claim, reference => Values.TryGetValue(reference.Name, out var value)
            ? value
            : throw new GlueException("GLUE001", reference.Name));

    [Theory]
    [InlineData("emergent >= 3 * chance")]
    [InlineData("x.ipynb#emergent > x.ipynb#chance + 0.3")]
    [InlineData("x.cs#emergent / x.cs#chance <= 5.2")]
    [InlineData("0.08 <= ablation <= 0.15")]
    [InlineData("emergent ≥ 50%")]
    [InlineData("(emergent - chance) / chance > 4")]
    [InlineData("-chance < 0")]
    public void A_claim_that_holds_is_null(string claim) => Assert.Null(Check(claim));

    [Fact]
    public void A_range_that_fails_names_the_failing_comparison_and_the_values()
    {
        Assert.Equal("the claim `0.2 <= ablation <= 0.3` does not hold: 0.2 <= 0.12 is false (ablation = 0.12)", Check("0.2 <= ablation <= 0.3"));
    }

    [Fact]
    public void A_bare_name_after_a_path_names_that_notebook()
    {
        var seen = new List<ResultReference>();
        Claim.Check("../a/x.ipynb#emergent > 3 * chance", r => { seen.Add(r); return 1; });
        Assert.Equal([new ResultReference("../a/x.ipynb", "emergent"), new ResultReference("../a/x.ipynb", "chance")], seen);
    }

    [Theory]
    [InlineData("emergent chance")]
    [InlineData("emergent +")]
    [InlineData("(emergent > chance")]
    [InlineData("emergent")]
    public void A_claim_that_cannot_be_read_is_GLUE004(string claim)
    {
        var error = Assert.Throws<GlueException>(() => Check(claim));
        Assert.Equal("GLUE004", error.Code);
    }
}
