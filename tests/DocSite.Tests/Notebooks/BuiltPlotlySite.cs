using DocSite.Tests.Support;

namespace DocSite.Tests.Notebooks;

/// <summary>The chart fixture site (a plain chart, a geo chart) with the repository's npm packages, built once for the tests that read it.</summary>
public sealed class BuiltPlotlySite : IAsyncLifetime
{
    public TestSite Site { get; private set; } = null!;

    public CliRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await TestSite.CopyWithPackagesAsync("plotly-site");
        Run = await Site.BuildAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
