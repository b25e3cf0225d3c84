using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Urls;

namespace DocSite.Navigation;

/// <summary>
/// Builds the navigation from site.yml's <c>nav</c> list (every entry must name an existing page), or, when
/// the site has none, from the folders of input/ ordered by front matter <c>order</c>, then title.
/// </summary>
public static class NavigationBuilder
{
    public static SiteNavigation Build(SiteConfig config, IReadOnlyList<Page> pages, SiteUrls urls)
    {
        var bySource = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        return config.Nav is { } nav ? FromConfig(nav, bySource, urls) : Automatic(pages, urls);
    }

    private static SiteNavigation FromConfig(IReadOnlyList<NavEntry> entries, Dictionary<string, Page> pages, SiteUrls urls)
    {
        var errors = new DiagnosticBag();
        var roots = entries.Select(e => Convert(e, pages, urls, errors)).ToList();
        errors.ThrowIfAny();
        return new SiteNavigation(roots);
    }

    private static NavNode Convert(NavEntry entry, Dictionary<string, Page> pages, SiteUrls urls, DiagnosticBag errors)
    {
        var children = entry.Children.Select(c => Convert(c, pages, urls, errors)).ToList();
        if (entry.Page is null) return SectionOf(entry.Title!, children);

        var source = entry.Page.Trim().TrimStart('.', '/');
        if (!pages.TryGetValue(source, out var page))
        {
            errors.Add(new BuildDiagnostic(SiteConfig.FileName, entry.Line, null, DiagnosticCodes.MissingNavPage,
                $"the navigation entry `{entry.Page}` points to a page that does not exist (or is a draft)"));
            return new NavNode(entry.Title ?? entry.Page, null, null, children);
        }
        return new NavNode(entry.Title ?? page.Title, source, urls.UrlOf(page.OutputPath), children);
    }

    // A section whose first page has the section's own title is that page (its overview): one entry, not "模型 › 模型".
    private static NavNode SectionOf(string title, List<NavNode> children)
    {
        if (children is [{ SourcePath: not null, Children.Count: 0 } first, ..] && first.Title == title)
            return new NavNode(title, first.SourcePath, first.Url, children[1..]);
        return new NavNode(title, null, null, children);
    }

    private static SiteNavigation Automatic(IReadOnlyList<Page> pages, SiteUrls urls)
    {
        NavNode Leaf(Page p) => new(p.Title, p.SourcePath, urls.UrlOf(p.OutputPath), []);
        var ordered = pages.OrderBy(p => p.FrontMatter.Order).ThenBy(p => p.Title, StringComparer.Ordinal).ToList();

        var roots = new List<(int Order, string Key, NavNode Node)>();
        foreach (var group in ordered.GroupBy(SectionOf))
        {
            if (group.Key.Length == 0)
            {
                roots.AddRange(group.Select(p => (p.FrontMatter.Order, p.Title, Leaf(p))));
                continue;
            }
            var index = group.FirstOrDefault(p => p.SourcePath.EndsWith("/index.md", StringComparison.Ordinal));
            var children = group.Where(p => p != index).Select(Leaf).ToList();
            var title = index?.Title ?? group.Key;
            var node = new NavNode(title, index?.SourcePath, index is null ? null : urls.UrlOf(index.OutputPath), children);
            roots.Add((index?.FrontMatter.Order ?? group.Min(p => p.FrontMatter.Order), title, node));
        }
        return new SiteNavigation(roots.OrderBy(r => r.Order).ThenBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Node).ToList());
    }

    // The first folder below input/ (or notebooks/) groups pages into a section; top-level pages have none.
    private static string SectionOf(Page page)
    {
        var parts = page.SourcePath.Split('/');
        return parts.Length > 2 ? parts[0] + "/" + parts[1] : parts[0] == "input" ? "" : parts[0];
    }
}
