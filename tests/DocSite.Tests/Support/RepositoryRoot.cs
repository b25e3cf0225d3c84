namespace DocSite.Tests.Support;

/// <summary>Finds the repository (the folder holding Site.csproj) from the test binaries' folder.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Site.csproj"))) return dir.FullName;
        }
        throw new InvalidOperationException("Site.csproj was not found above " + AppContext.BaseDirectory);
    });

    public static string Path => Root.Value;
}
