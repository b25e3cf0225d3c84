namespace DocSite.Diagnostics;

/// <summary>Thrown by a step that found errors; the build stops and prints them all.</summary>
public sealed class BuildFailedException : Exception
{
    public BuildFailedException(IReadOnlyList<BuildDiagnostic> diagnostics)
        : base(diagnostics.Count == 1 ? diagnostics[0].ToString() : $"{diagnostics.Count} errors")
    {
        Diagnostics = diagnostics;
    }

    public BuildFailedException(BuildDiagnostic diagnostic) : this([diagnostic])
    {
    }

    public IReadOnlyList<BuildDiagnostic> Diagnostics { get; }
}
