using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Protocol;

/// <summary>
/// A cell updated a value that an earlier cell displayed (<c>var d = display(x);</c> in one cell,
/// <c>d.Update(y)</c> in a later one): the earlier cell's output is replaced, as a notebook editor shows it.
/// </summary>
/// <param name="Run">Which run of the notebook's cells showed it: 0 for the first cell the worker ran, and so on
/// (not the cell's number: the injected parameters share theirs with the `parameters` cell).</param>
/// <param name="Index">The position of the display among that cell's outputs.</param>
/// <param name="Output">What replaces it.</param>
internal sealed record DisplayUpdate(int Run, int Index, DisplayOutput Output);
