namespace DocSite.Documents;

/// <summary>How prose marks a use of a notebook's published result, so analysis can tell which pages use one.</summary>
public static class NotebookResultMarkers
{
    /// <summary>An inline code span that starts with this holds a value or a claim: <c>`nb:../notebooks/x.ipynb#name:N0`</c>.</summary>
    public const string InlinePrefix = "nb:";

    /// <summary>A fenced code block with this info shows results as blocks, one reference a line.</summary>
    public const string BlockInfo = "nb";
}
