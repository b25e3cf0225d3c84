namespace DocSite.Notebooks;

/// <summary>Every error code the notebook engine reports, in one place.</summary>
public static class NotebookDiagnosticCodes
{
    /// <summary>A cell failed: a compile error (with its line in the cell) or an exception (message and top frames).</summary>
    public const string CellFailed = "NB001";

    /// <summary>A cell or the whole notebook ran longer than its timeout; the worker was killed.</summary>
    public const string Timeout = "NB002";

    /// <summary>The worker process crashed (stack overflow, <c>Environment.FailFast</c>…), or could not start.</summary>
    public const string WorkerCrashed = "NB003";

    /// <summary>A cell is for a kernel the engine does not run (only C# runs); tag it <c>skip-execution</c> to keep it.</summary>
    public const string UnsupportedKernel = "NB004";

    /// <summary>A <c>#r "nuget: …"</c> without an exact version: versions must be pinned.</summary>
    public const string UnpinnedPackage = "NB005";

    /// <summary>Execution is off (<c>--no-execute</c>) and the cache holds no outputs for this version of the notebook.</summary>
    public const string NotCached = "NB006";

    /// <summary>The notebook file cannot be read or parsed, or its <c>docsite</c> metadata is invalid.</summary>
    public const string UnreadableNotebook = "NB007";

    /// <summary>Preparing TorchSharp's native libraries (restore, patched copy) failed.</summary>
    public const string NativeSetupFailed = "NB008";
}
