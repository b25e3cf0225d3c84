using Markdig.Syntax.Inlines;

namespace DocSite.Scholarly;

/// <summary>One citation in a page (<c>[@a; @b]</c>), where it stands, and the inline its formatted text goes into.</summary>
public sealed record CitationCluster(IReadOnlyList<CitationItem> Items, HtmlInline Slot, int Line, int Column, int? Cell);
