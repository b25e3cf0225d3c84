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
    /// <summary>Every key as written (unknown ones too), for layouts: <c>{{ page.front_matter.author }}</c>.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; init; } = new Dictionary<string, object?>();

    public const string DefaultLayout = "page";

    public static FrontMatter Empty { get; } = new();
}
