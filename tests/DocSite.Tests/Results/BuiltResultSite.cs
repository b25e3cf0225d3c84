using DocSite.Tests.Support;

namespace DocSite.Tests.Results;

/// <summary>The results fixture site (a notebook publishing values, a table and a chart; pages using them), built once.</summary>
public sealed class BuiltResultSite : IAsyncLifetime
{
    public TestSite Site { get; private set; } = null!;

    public CliRun Run { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Site = TestSite.CopyOf("glue-site");
        Run = await Site.BuildAsync();
    }

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}
