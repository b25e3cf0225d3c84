using DocSite.Tests.Support;

namespace DocSite.Tests.Results;

/// <summary>The results fixture site (a notebook publishing values, a table and a chart; pages using them), built once.</summary>
public sealed class BuiltResultSite : BuiltSite
{
    protected override Task<TestSite> CopyAsync() => Task.FromResult(TestSite.CopyOf("glue-site"));
}
