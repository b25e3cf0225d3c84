namespace DocSite.Notebooks.Native;

/// <summary>The global NuGet packages folder: <c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>.</summary>
internal static class NuGetPackages
{
    public static string DefaultRoot
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
            return !string.IsNullOrEmpty(configured)
                ? Path.GetFullPath(configured)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        }
    }

    /// <summary>The folder of <paramref name="id"/> <paramref name="version"/> under <paramref name="root"/> (ids are lower-case there).</summary>
    public static string PackageFolder(string root, string id, string version) =>
        Path.Combine(root, id.ToLowerInvariant(), version.ToLowerInvariant());
}
