namespace DocSite.Scholarly;

/// <summary>What Node answers for the citations: each BibTeX file's error if any, and each page's formatted citations.</summary>
public sealed record CitationResults(IReadOnlyList<BibliographyResult> Bibliographies, IReadOnlyList<CitationPageResult> Pages);
