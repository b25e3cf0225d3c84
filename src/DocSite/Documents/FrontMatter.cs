namespace DocSite.Documents;

/// <summary>The YAML block at the top of a page: what the layout and navigation need to know.</summary>
public sealed record FrontMatter(
    string? Title = null,
    string? Description = null,
    int Order = int.MaxValue,
    string Layout = FrontMatter.DefaultLayout,
    bool Draft = false,
    bool Toc = true,
    int? LayoutLine = null)
{
    public const string DefaultLayout = "page";

    public static FrontMatter Empty { get; } = new();
}
