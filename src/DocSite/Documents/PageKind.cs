namespace DocSite.Documents;

/// <summary>What a page was made from.</summary>
public enum PageKind
{
    Markdown,
    Notebook,
}
