using Markdig.Syntax.Inlines;

namespace DocSite.Scholarly;

/// <summary>One citation in a page (<c>[@a; @b]</c>), where it stands, and the inline its formatted text goes into.</summary>
/// <param name="Source">The citation as written, shown as text where a bare <c>@key</c> turns out not to be one.</param>
/// <param name="Bracketed"><c>[@key]</c>, not a bare <c>@key</c> in running text.</param>
public sealed record CitationCluster(IReadOnlyList<CitationItem> Items, HtmlInline Slot, int Line, int Column, int? Cell, string Source, bool Bracketed);
