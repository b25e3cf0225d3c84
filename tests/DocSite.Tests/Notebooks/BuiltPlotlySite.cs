using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

/// <summary>The chart fixture site (a plain chart, a geo chart) with the repository's npm packages, built once for the tests that read it.</summary>
public sealed class BuiltPlotlySite : BuiltSite
{
    protected override Task<TestSite> CopyAsync() => TestSite.CopyWithPackagesAsync("plotly-site");
}
