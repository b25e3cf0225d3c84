using DocSite.Tests.Support;

namespace DocSite.Tests.Scholarly;

/// <summary>The scholarly fixture site (citations, figures, tables, callouts), built once with the repository's npm packages.</summary>
public sealed class BuiltScholarlySite : BuiltSite
{
    protected override Task<TestSite> CopyAsync() => TestSite.CopyWithPackagesAsync("scholarly-site");
}
