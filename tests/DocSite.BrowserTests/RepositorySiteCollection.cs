namespace DocSite.BrowserTests;

/// <summary>The test classes that read the repository's site share one build of it.</summary>
[CollectionDefinition(Name)]
public sealed class RepositorySiteCollection : ICollectionFixture<RepositorySite>
{
    public const string Name = "repository site";
}
