using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Execution;

/// <summary>What running a notebook means: the cells to submit, in order, and what they need.</summary>
/// <param name="Document">The notebook.</param>
/// <param name="Cells">The cells to run: code cells not tagged <c>skip-execution</c>, and <paramref name="Injected"/> after the parameters cell.</param>
/// <param name="Injected">The cell the engine adds after the parameters cell (numbered as that cell), when parameters are given.</param>
/// <param name="TorchSharpVersions">Versions of TorchSharp-cpu the notebook references (its native libraries are prepared before the worker starts).</param>
/// <param name="CellTimeout">The effective per-cell timeout.</param>
/// <param name="NotebookTimeout">The effective per-notebook timeout.</param>
internal sealed record ExecutionPlan(
    NotebookDocument Document,
    IReadOnlyList<NotebookCell> Cells,
    NotebookCell? Injected,
    IReadOnlyList<string> TorchSharpVersions,
    TimeSpan CellTimeout,
    TimeSpan NotebookTimeout)
{
    /// <summary>Whether <paramref name="cell"/> is the injected one (by identity: a source cell may carry its tag too).</summary>
    public bool IsInjected(NotebookCell cell) => ReferenceEquals(cell, Injected);
}
