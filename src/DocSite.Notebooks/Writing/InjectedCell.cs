using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Writing;

/// <summary>The parameters cell the engine added, as it appears in the executed .ipynb.</summary>
/// <param name="AfterNumber">The number of the parameters cell it follows.</param>
/// <param name="Code">Its code.</param>
/// <param name="Outputs">What it produced.</param>
/// <param name="ExecutionCount">When it ran.</param>
internal sealed record InjectedCell(int AfterNumber, string Code, IReadOnlyList<CellOutput> Outputs, int? ExecutionCount);
