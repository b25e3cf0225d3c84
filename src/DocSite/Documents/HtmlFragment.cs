namespace DocSite.Documents;

/// <summary>HTML the build made itself (a notebook's code cell with its outputs), placed as it is.</summary>
public sealed record HtmlFragment(string Html) : PageBlock;
