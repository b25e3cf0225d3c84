using DocSite.Diagnostics;
using DocSite.Notebooks.Caching;

namespace DocSite.Notebooks.Execution;

/// <summary>What a worker run produced.</summary>
/// <param name="Cells">Outputs per planned cell, in plan order; cells that did not run are missing from the end. A cell
/// stopped by a timeout or a crash is there, with an error output saying so.</param>
/// <param name="Errors">Why the run failed; empty when every cell ran as expected.</param>
/// <param name="Elapsed">Wall time of the run, worker start included.</param>
internal sealed record ExecutionResult(IReadOnlyList<CachedCell> Cells, IReadOnlyList<BuildDiagnostic> Errors, TimeSpan Elapsed);
