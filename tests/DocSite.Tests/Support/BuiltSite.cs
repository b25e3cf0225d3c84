namespace DocSite.Tests.Support;

/// <summary>A fixture site copied and built once for a test class that only reads the result.</summary>
public abstract class BuiltSite : IAsyncLifetime
{
    public TestSite Site { get; private set; } = null!;

    public CliRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = await CopyAsync();
        Run = await Site.BuildAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>The copy to build.</summary>
    protected abstract Task<TestSite> CopyAsync();
}
