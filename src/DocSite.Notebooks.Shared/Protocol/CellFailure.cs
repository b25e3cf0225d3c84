namespace DocSite.Notebooks.Protocol;

/// <summary>Why a cell failed, as the worker saw it.</summary>
/// <param name="Name">The exception's type name, or <c>CompilationError</c>.</param>
/// <param name="Message">The exception's message, or the first compiler error.</param>
/// <param name="Frames">The top stack frames of the notebook's own code.</param>
/// <param name="Line">The 1-based line in the cell, when known (compile errors).</param>
internal sealed record CellFailure(string Name, string Message, IReadOnlyList<string> Frames, int? Line);
