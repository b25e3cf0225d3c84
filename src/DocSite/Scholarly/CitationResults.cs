namespace DocSite.Scholarly;

/// <summary>
/// What Node answers for the citations: each BibTeX file's error if any, and each page's formatted citations; or,
/// when the CSL style or locale cannot be read, only <paramref name="Error"/>.
/// </summary>
public sealed record CitationResults(IReadOnlyList<BibliographyResult>? Bibliographies, IReadOnlyList<CitationPageResult>? Pages, string? Error = null);
