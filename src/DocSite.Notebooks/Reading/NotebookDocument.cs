using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Reading;

/// <summary>A notebook as read from disk, before it runs.</summary>
/// <param name="SourcePath">Relative to the site root, '/' separators.</param>
/// <param name="FullPath">Absolute path of the file.</param>
/// <param name="Format">.ipynb or .dib.</param>
/// <param name="Cells">All cells in file order.</param>
/// <param name="Settings">The <c>docsite</c> metadata.</param>
/// <param name="Json">The parsed .ipynb, kept so the executed copy preserves every field; null for .dib.</param>
internal sealed record NotebookDocument(
    string SourcePath,
    string FullPath,
    NotebookFormat Format,
    IReadOnlyList<SourceCell> Cells,
    NotebookSettings Settings,
    JsonObject? Json)
{
    public string Directory => Path.GetDirectoryName(FullPath)!;

    public IEnumerable<SourceCell> CodeCells => Cells.Where(c => c.Kind == CellKind.Code);
}
