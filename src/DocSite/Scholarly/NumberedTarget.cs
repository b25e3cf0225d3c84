namespace DocSite.Scholarly;

/// <summary>A labelled figure, table or equation of a page and its number there ("图 3" is figure number 3).</summary>
public sealed record NumberedTarget(string Label, int Number);
