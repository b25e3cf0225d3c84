namespace DocSite.Notebooks.Reading;

/// <summary>The notebook's <c>docsite</c> metadata.</summary>
/// <param name="Title">An explicit page title.</param>
/// <param name="Inputs">Files the notebook reads (relative to its folder, <c>*</c> and <c>**</c> allowed); part of the cache key.</param>
/// <param name="CellTimeout">Overrides the engine's cell timeout.</param>
/// <param name="NotebookTimeout">Overrides the engine's notebook timeout.</param>
internal sealed record NotebookSettings(
    string? Title,
    IReadOnlyList<string> Inputs,
    TimeSpan? CellTimeout,
    TimeSpan? NotebookTimeout)
{
    public static readonly NotebookSettings Empty = new(null, [], null, null);
}
