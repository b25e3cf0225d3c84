namespace DocSite.Documents;

/// <summary>A piece of a page's content: Markdown to parse and render, or HTML the build already made.</summary>
public abstract record PageBlock;
