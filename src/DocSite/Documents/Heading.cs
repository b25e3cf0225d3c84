namespace DocSite.Documents;

/// <summary>A heading of a rendered page, for its table of contents and for anchor checks.</summary>
public sealed record Heading(int Level, string Id, string Text);
