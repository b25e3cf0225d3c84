using DocSite.Diagnostics;
using DocSite.Notebooks.Ipynb;

namespace DocSite.Notebooks.Execution;

/// <summary>A notebook read, checked and planned, with the cache key of that plan; or why it cannot run.</summary>
/// <param name="Notebook">The notebook to fill with outputs; null when it could not be read.</param>
/// <param name="Plan">What runs; null when there are <paramref name="Errors"/>.</param>
/// <param name="Key">The cache key of <paramref name="Plan"/>; null when there are <paramref name="Errors"/>.</param>
internal sealed record PreparedNotebook(ExecutedIpynb? Notebook, ExecutionPlan? Plan, string? Key, IReadOnlyList<BuildDiagnostic> Errors);
