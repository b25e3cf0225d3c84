namespace DocSite.Notebooks;

/// <summary>What a notebook cell holds.</summary>
public enum CellKind
{
    /// <summary>Prose, rendered like a page.</summary>
    Markdown,

    /// <summary>Code for a kernel; only C# runs.</summary>
    Code,

    /// <summary>A Jupyter raw cell: shown as is, never run.</summary>
    Raw,
}
