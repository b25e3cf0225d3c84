namespace DocSite.Markdown;

/// <summary>Where the site's own KaTeX is: formulas are typeset with it by the build's Node work (see Pipeline/NodeTasks).</summary>
public static class KatexRenderer
{
    /// <returns>The site's KaTeX package folder, or null when node_modules has none.</returns>
    public static string? PackageFolder(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, "node_modules", "katex");
        return File.Exists(Path.Combine(folder, "package.json")) ? folder : null;
    }
}
