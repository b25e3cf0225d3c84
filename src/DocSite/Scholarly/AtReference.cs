namespace DocSite.Scholarly;

/// <summary>
/// A citation (<c>[@a; @b]</c>, <c>@a</c>) or a cross-reference (<c>@fig-x</c>) found in a run of text, by its
/// offset and length in that text.
/// </summary>
public sealed record AtReference(int Start, int Length, IReadOnlyList<CitationItem> Items, bool Bracketed)
{
    /// <summary>A bare <c>@fig-…</c>, <c>@tbl-…</c> or <c>@eq-…</c>: a reference to a numbered figure, table or equation of the page.</summary>
    public bool IsCrossReference => Items is [{ Key: var key }] && Labels.IsLabel(key);
}
