using DocSite.Diagnostics;
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

    /// <summary>
    /// For a notebook whose cells are lines of one text file (a .cs notebook): per cell number, the file's line of
    /// each line of the cell's source, so that an error in a cell points into the file an editor has open.
    /// </summary>
    public IReadOnlyDictionary<int, IReadOnlyList<int>>? FileLines { get; init; }

    /// <summary>
    /// <paramref name="diagnostic"/> located at its line in the file (the cell and its line go into the message),
    /// when the notebook has <see cref="FileLines"/> and the diagnostic names a cell; otherwise as it is.
    /// </summary>
    public BuildDiagnostic InFile(BuildDiagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        if (FileLines is null || diagnostic.Cell is not int cell || !FileLines.TryGetValue(cell, out var lines) || lines.Count == 0)
        {
            return diagnostic;
        }

        var where = diagnostic.Line is int line && line >= 1 && line <= lines.Count ? (lines[line - 1], $"cell {cell}, line {line}") : (lines[0], $"cell {cell}");
        return new BuildDiagnostic(diagnostic.Path, where.Item1, diagnostic.Line is null ? null : diagnostic.Column, diagnostic.Code, $"{where.Item2}: {diagnostic.Message}");
    }

    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.Kind == CellKind.Code);

    /// <summary>The <c>docsite.title</c> metadata, else the first Markdown heading, else the file name.</summary>
    public string Title =>
        Settings.Title
        ?? Cells.Where(c => c.Kind == CellKind.Markdown).Select(c => MarkdownHeading.First(c.Source)).FirstOrDefault(t => t is not null)
        ?? Path.GetFileNameWithoutExtension(SourcePath);
}
