using System.Text.Json.Nodes;

namespace DocSite.Notebooks.Reading;

/// <summary>A notebook as read from disk, before it runs.</summary>
/// <param name="SourcePath">Relative to the site root, '/' separators.</param>
/// <param name="FullPath">Absolute path of the file.</param>
/// <param name="Json">The notebook as .ipynb (nbformat 4): the file itself, or a .dib converted; what its run is written into.</param>
/// <param name="Cells">All cells in file order, one per cell of <paramref name="Json"/>, without outputs.</param>
/// <param name="Settings">The <c>docsite</c> metadata.</param>
internal sealed record NotebookDocument(
    string SourcePath,
    string FullPath,
    JsonObject Json,
    IReadOnlyList<NotebookCell> Cells,
    NotebookSettings Settings)
{
    public string Directory => Path.GetDirectoryName(FullPath)!;

    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.Kind == CellKind.Code);

    /// <summary>The <c>docsite.title</c> metadata, else the first Markdown heading, else the file name.</summary>
    public string Title =>
        Settings.Title
        ?? Cells.Where(c => c.Kind == CellKind.Markdown).Select(c => MarkdownHeading.First(c.Source)).FirstOrDefault(t => t is not null)
        ?? Path.GetFileNameWithoutExtension(SourcePath);
}
