namespace DocSite.Scholarly;

/// <summary>A BibTeX file's error, where it is: a syntax error (citation-js's parser), or a key given twice.</summary>
/// <param name="Code">"duplicate" for a key given twice; none for a syntax error.</param>
public sealed record BibliographyError(int? Line, int? Column, string Message, string? Code = null)
{
    public bool IsDuplicateKey => Code == "duplicate";
}
