namespace DocSite.Notebooks.Execution;

/// <summary>A cell the worker will run.</summary>
/// <param name="Number">The cell's number in the notebook; for the injected parameters cell, the parameters cell's number.</param>
/// <param name="Code">The code submitted to the kernel.</param>
/// <param name="IsInjected">True for the cell the engine adds after the parameters cell.</param>
/// <param name="RaisesException">True when the cell is expected to fail (tag <c>raises-exception</c>).</param>
internal sealed record PlannedCell(int Number, string Code, bool IsInjected, bool RaisesException)
{
    /// <summary>The first non-empty line, for messages.</summary>
    public string FirstLine => Code.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
