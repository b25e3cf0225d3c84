using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Caching;

/// <summary>The outputs of one run cell, in the order of the execution plan.</summary>
internal sealed record CachedCell(int Number, bool IsInjected, IReadOnlyList<CellOutput> Outputs);
