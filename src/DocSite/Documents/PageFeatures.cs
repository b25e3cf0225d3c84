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
}
