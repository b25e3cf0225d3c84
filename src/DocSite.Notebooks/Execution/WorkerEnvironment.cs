namespace DocSite.Notebooks.Execution;

/// <summary>The environment a worker starts with.</summary>
internal static class WorkerEnvironment
{
    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1",
        // `#r "nuget:"` restores with `dotnet msbuild`; lingering MSBuild nodes would outlive a killed worker.
        ["MSBUILDDISABLENODEREUSE"] = "1",
        ["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0",
    };

    /// <summary>Fills <paramref name="environment"/>: this process's variables without MSBuild's own (a parent
    /// `dotnet test` or `dotnet run` sets some that would confuse the worker's restores), plus ours, plus
    /// <paramref name="libraryPaths"/> in front of <c>LD_LIBRARY_PATH</c>.</summary>
    public static void Apply(IDictionary<string, string?> environment, IReadOnlyList<string> libraryPaths)
    {
        foreach (var name in environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            environment.Remove(name);
        }

        foreach (var (name, value) in Settings)
        {
            environment[name] = value;
        }

        if (libraryPaths.Count > 0)
        {
            var existing = environment.TryGetValue("LD_LIBRARY_PATH", out var current) && !string.IsNullOrEmpty(current) ? [current] : Array.Empty<string>();
            environment["LD_LIBRARY_PATH"] = string.Join(Path.PathSeparator, libraryPaths.Concat(existing));
        }
    }
}
