namespace DocSite.Scholarly;

/// <summary>One work in a citation, as citeproc-js reads it: <c>[see @key, p. 3]</c> is prefix "see", locator "3", label "page".</summary>
public sealed record CitationItem(string Key, string? Locator = null, string? Label = null, string? Prefix = null, string? Suffix = null);
