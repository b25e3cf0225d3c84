namespace DocSite.Scholarly;

/// <summary>A BibTeX syntax error, where citation-js's parser found it.</summary>
public sealed record BibliographyError(int? Line, int? Column, string Message);
