using DocSite.Tests.Support;

namespace DocSite.BrowserTests;

/// <summary>The chart fixture site (a plain chart, a geo chart), built and served once for the tests that open it.</summary>
public sealed class PlotlySitePages : IAsyncLifetime
{
    public SitePages Pages { get; private set; } = null!;

    public async Task InitializeAsync() => Pages = await SitePages.StartAsync(await TestSite.CopyWithPackagesAsync("plotly-site"));

    public async Task DisposeAsync() => await Pages.DisposeAsync();
}
