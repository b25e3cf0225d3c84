namespace DocSite.Notebooks;

/// <summary>A notebook with the outputs of its last run (fresh or from the cache).</summary>
/// <param name="Title">The <c>docsite.title</c> metadata, else the first Markdown heading, else the file name.</param>
/// <param name="Cells">Every cell of the notebook, in order.</param>
/// <param name="UsesPlotly">Whether an output holds a Plotly chart, so that the page must load plotly.js.</param>
/// <param name="UsesPlotlyMaps">Whether one of those charts is a geo chart, which draws map outlines (see <see cref="PlotlyMaps"/>).</param>
/// <param name="Ipynb">The executed notebook as .ipynb (nbformat 4, UTF-8), for the page's download link.</param>
public sealed record ExecutedNotebook(
    string Title,
    IReadOnlyList<NotebookCell> Cells,
    bool UsesPlotly,
    bool UsesPlotlyMaps,
    ReadOnlyMemory<byte> Ipynb)
{
    /// <summary>What the notebook published (<c>publish("name", value)</c>, <c>publish:name</c> tags), by name.</summary>
    public IReadOnlyDictionary<string, PublishedResult> Results { get; init; } = new Dictionary<string, PublishedResult>();
}
