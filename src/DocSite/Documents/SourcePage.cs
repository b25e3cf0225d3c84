namespace DocSite.Documents;

/// <summary>A page as read from disk: where it comes from, where it goes, and what it says.</summary>
/// <param name="SourcePath">Relative to the site root, with '/' separators: <c>input/data/index.md</c>.</param>
/// <param name="OutputPath">Relative to the output folder: <c>data/index.html</c>.</param>
/// <param name="BodyLine">The 1-based line of the file where <paramref name="Body"/> starts.</param>
public sealed record SourcePage(
    string SourcePath,
    string OutputPath,
    PageKind Kind,
    FrontMatter Meta,
    string Body,
    int BodyLine);
