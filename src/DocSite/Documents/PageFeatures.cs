namespace DocSite.Documents;

/// <summary>Optional scripts a page needs, so pages without them load nothing extra.</summary>
[Flags]
public enum PageFeatures
{
    None = 0,
    Math = 1,
    Plotly = 2,

    /// <summary>A Plotly geo chart: plotly.js must read its map outlines from the site, not from its CDN.</summary>
    PlotlyMaps = 4,

    /// <summary>The page uses notebooks' published results (<see cref="NotebookResultMarkers"/>), put into its syntax tree after the notebooks ran.</summary>
    NotebookResults = 8,

    /// <summary>Citations, labelled figures or tables, cross-references or callouts, resolved after the notebooks ran.</summary>
    Scholarly = 16,

    /// <summary>
    /// Features whose steps change a page's syntax tree after analysis (math typeset at build time, notebook
    /// results). A page without them is rendered as soon as it is analysed, so a large site does not keep
    /// every page's tree in memory: that cost a thousand-page build a third more time, in garbage collection.
    /// </summary>
    EditedAfterAnalysis = Math | NotebookResults | Scholarly,
}
