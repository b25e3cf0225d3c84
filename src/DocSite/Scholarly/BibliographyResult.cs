namespace DocSite.Scholarly;

/// <summary>A BibTeX file as Node read it: an error (its line and column, when the parser gave them), or none.</summary>
public sealed record BibliographyResult(BibliographyError? Error);
