namespace DocSite.Notebooks.Outputs;

/// <summary>A compile error or an exception raised by the cell.</summary>
/// <param name="Name">The exception's type name, or <c>CompilationError</c>.</param>
/// <param name="Message">The exception's message, or the compiler's diagnostics.</param>
/// <param name="Frames">The top stack frames of the notebook's own code (may be empty).</param>
public sealed record ErrorOutput(string Name, string Message, IReadOnlyList<string> Frames) : CellOutput
{
    public const string CompilationError = "CompilationError";
}
