namespace DocSite.Markdown;

/// <summary>KaTeX's answer for one formula: its HTML, or the parse error it found in the TeX.</summary>
public sealed record RenderedFormula(string? Html, string? Error);
