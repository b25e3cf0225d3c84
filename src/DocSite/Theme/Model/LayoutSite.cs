namespace DocSite.Theme.Model;

/// <summary>The site as layouts see it (<c>{{ site.title }}</c>).</summary>
public sealed record LayoutSite(string Title, string Description, string Language, string BasePath, string? Repository);
