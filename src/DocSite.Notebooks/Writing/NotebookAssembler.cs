using DocSite.Notebooks.Caching;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Writing;

/// <summary>Joins a notebook's current cells with the outputs of a run (fresh or cached) into an <see cref="ExecutedNotebook"/>.</summary>
internal static class NotebookAssembler
{
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    /// <param name="document">The notebook as it is now (prose edits since the cached run show).</param>
    /// <param name="ran">Outputs per planned cell, in plan order (execution counts follow it).</param>
    /// <param name="injectedCode">The injected parameters cell's code, if the plan has one.</param>
    public static ExecutedNotebook Assemble(NotebookDocument document, IReadOnlyList<CachedCell> ran, string? injectedCode)
    {
        var outputs = new Dictionary<int, (IReadOnlyList<CellOutput> Outputs, int Count)>();
        InjectedCell? injected = null;
        for (var i = 0; i < ran.Count; i++)
        {
            var cell = ran[i];
            if (cell.IsInjected)
            {
                injected = new InjectedCell(cell.Number, injectedCode ?? "", cell.Outputs, i + 1);
            }
            else
            {
                outputs[cell.Number] = (cell.Outputs, i + 1);
            }
        }

        var cells = document.Cells.Select(c => outputs.TryGetValue(c.Number, out var o)
                ? new NotebookCell(c.Number, c.Kind, c.KernelName, c.Source, c.Tags, o.Outputs, o.Count)
                : new NotebookCell(c.Number, c.Kind, c.KernelName, c.Source, c.Tags, [], null))
            .ToArray();
        var charts = cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>()
            .Select(o => o.Data.GetValueOrDefault(PlotlyMimeType)).OfType<string>().ToArray();
        return new ExecutedNotebook(
            Title(document),
            cells,
            charts.Length > 0,
            charts.Any(PlotlyMaps.IsGeoChart),
            IpynbWriter.Write(document, cells, injected));
    }

    private static string Title(NotebookDocument document) =>
        document.Settings.Title
        ?? document.Cells.Where(c => c.Kind == CellKind.Markdown).Select(c => MarkdownHeading.First(c.Source)).FirstOrDefault(t => t is not null)
        ?? Path.GetFileNameWithoutExtension(document.SourcePath);
}
