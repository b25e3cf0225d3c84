namespace DocSite.Notebooks.Outputs;

/// <summary>A compile error or an exception raised by the cell; or, added by the engine, why the cell never finished.</summary>
/// <param name="Name">The exception's type name, <c>CompilationError</c>, or one of the engine's names below.</param>
/// <param name="Message">The exception's message, the compiler's diagnostics, or what the engine saw.</param>
/// <param name="Frames">The top stack frames of the notebook's own code (may be empty).</param>
public sealed record ErrorOutput(string Name, string Message, IReadOnlyList<string> Frames) : CellOutput
{
    public const string CompilationError = "CompilationError";

    /// <summary>The cell ran longer than the cell timeout; the engine killed the worker.</summary>
    public const string CellTimeout = "CellTimeout";

    /// <summary>The notebook ran longer than the notebook timeout while this cell ran; the engine killed the worker.</summary>
    public const string NotebookTimeout = "NotebookTimeout";

    /// <summary>The worker died while running the cell (stack overflow, <c>Environment.FailFast</c>…).</summary>
    public const string WorkerCrashed = "WorkerCrashed";
}
