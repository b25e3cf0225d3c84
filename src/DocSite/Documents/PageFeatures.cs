namespace DocSite.Documents;

/// <summary>Optional scripts a page needs, so pages without them load nothing extra.</summary>
[Flags]
public enum PageFeatures
{
    None = 0,
    Math = 1,
    Plotly = 2,
}
