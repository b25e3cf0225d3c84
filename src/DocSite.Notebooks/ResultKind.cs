namespace DocSite.Notebooks;

/// <summary>What a published result is, which decides where a page may use it.</summary>
public enum ResultKind
{
    /// <summary>A number, string or bool: inline in prose (formatted), in claims, or as a block.</summary>
    Value,

    /// <summary>Any other displayed value (a table, an image, HTML): a block only.</summary>
    Display,

    /// <summary>A Plotly chart: a block only; its page loads plotly.js.</summary>
    Chart,
}
