using System.Text;
using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Navigation;
using DocSite.Pipeline;
using DocSite.Theme;
using DocSite.Theme.Model;

namespace DocSite.Steps;

/// <summary>Wraps each page's content in its layout, with sidebar, breadcrumbs, previous/next and table of contents.</summary>
public static class ApplyLayouts
{
    public const string NotFoundLayout = "404";

    public static IReadOnlyList<OutputFile> Run(
        IReadOnlyList<RenderedPage> pages, SiteNavigation nav, LayoutRenderer layouts, SiteConfig config, int jobs)
    {
        CheckLayouts(pages, layouts);
        var site = new LayoutSite(config.Title, config.Description, config.Language, config.BasePath, config.Repository);
        var results = new OutputFile[pages.Count];
        ParallelWork.For(pages.Count, jobs, i =>
        {
            var page = pages[i];
            var model = new LayoutModel(site, PageModel(page, nav, config), SidebarFor(nav.Roots, page.Source.SourcePath, nav));
            results[i] = new OutputFile(page.Source.OutputPath, Encoding.UTF8.GetBytes(layouts.Render(page.Source.Meta.Layout, model)));
        });
        return results;
    }

    /// <summary>The 404 page, rendered from the theme's 404 layout with the site's chrome; absolute URLs only.</summary>
    public static OutputFile NotFoundPage(SiteNavigation nav, LayoutRenderer layouts, SiteConfig config)
    {
        var site = new LayoutSite(config.Title, config.Description, config.Language, config.BasePath, config.Repository);
        var page = new LayoutPage("404", config.Description, "", config.BasePath + "404.html", "", null, null,
            [], [], null, null, false, false, false, false);
        return new OutputFile("404.html", Encoding.UTF8.GetBytes(layouts.Render(NotFoundLayout, new LayoutModel(site, page, SidebarFor(nav.Roots, "", nav)))));
    }

    private static void CheckLayouts(IReadOnlyList<RenderedPage> pages, LayoutRenderer layouts)
    {
        layouts.ParseAll();
        var errors = new DiagnosticBag();
        foreach (var page in pages.Where(p => !layouts.HasLayout(p.Source.Meta.Layout)))
        {
            errors.Add(new BuildDiagnostic(page.Source.SourcePath, page.Source.Meta.LayoutLine ?? 1, null, DiagnosticCodes.MissingLayout,
                $"the layout `{page.Source.Meta.Layout}` does not exist (expected theme/layouts/{page.Source.Meta.Layout}.liquid)"));
        }
        if (!layouts.HasLayout(NotFoundLayout))
            errors.Add(new BuildDiagnostic("theme/layouts", null, null, DiagnosticCodes.MissingLayout, $"the theme has no `{NotFoundLayout}` layout"));
        errors.ThrowIfAny();
    }

    private static LayoutPage PageModel(RenderedPage page, SiteNavigation nav, SiteConfig config)
    {
        var source = page.Source;
        var url = SiteUrls.UrlOf(config.BasePath, source.OutputPath);
        var trail = nav.TrailTo(source.SourcePath);
        var (previous, next) = nav.Neighbours(source.SourcePath);
        var toc = source.Meta.Toc
            ? page.Headings.Where(h => h.Level is 2 or 3).Select(h => new LayoutLink(h.Text, "#" + h.Id, h.Level)).ToList()
            : [];
        return new LayoutPage(
            Title: page.Title,
            Description: source.Meta.Description ?? config.Description,
            Content: page.ContentHtml,
            Url: url,
            SourcePath: source.SourcePath,
            EditUrl: config.Repository is null ? null : SiteUrls.UrlOf($"{config.Repository.TrimEnd('/')}/blob/main/", source.SourcePath),
            DownloadUrl: source.Kind == PageKind.Notebook ? SiteUrls.UrlOf(config.BasePath, Path.ChangeExtension(source.OutputPath, ".ipynb")) : null,
            Toc: toc,
            Breadcrumbs: trail.Count > 0 ? trail.Take(trail.Count - 1).Select(n => new LayoutLink(n.Title, n.Url ?? FirstUrl(n))).ToList() : [],
            Previous: previous is null ? null : new LayoutLink(previous.Title, previous.Url),
            Next: next is null ? null : new LayoutLink(next.Title, next.Url),
            UsesMath: page.Features.HasFlag(PageFeatures.Math),
            UsesPlotly: page.Features.HasFlag(PageFeatures.Plotly),
            UsesPlotlyMaps: page.Features.HasFlag(PageFeatures.PlotlyMaps),
            IsHome: source.OutputPath == "index.html",
            HasOwnHeading: page.HasOwnHeading);
    }

    private static List<LayoutNavItem> SidebarFor(IReadOnlyList<NavNode> nodes, string current, SiteNavigation nav)
    {
        var trail = nav.TrailTo(current).ToHashSet(ReferenceEqualityComparer.Instance);
        return Convert(nodes);

        List<LayoutNavItem> Convert(IReadOnlyList<NavNode> level) => level.Select(node =>
        {
            var open = trail.Contains(node);
            var children = open ? Convert(node.Children) : [];
            return new LayoutNavItem(node.Title, node.Url ?? FirstUrl(node), node.SourcePath == current, open, children);
        }).ToList();
    }

    private static string? FirstUrl(NavNode node) => node.Url ?? node.Children.Select(FirstUrl).FirstOrDefault(u => u is not null);
}
