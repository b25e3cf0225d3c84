using System.Text;
using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Navigation;
using DocSite.Pipeline;
using DocSite.Search;
using DocSite.Theme;
using DocSite.Theme.Model;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>
/// Wraps each page's content in its layout, with sidebar, breadcrumbs, previous/next and table of contents,
/// and renders the 404 page from the theme's 404 layout.
/// </summary>
public sealed class LayOutPages : IBuildStep
{
    public const string NotFoundLayout = "404";

    public string Name => "layout";

    public async Task<string?> RunAsync(BuildContext context)
    {
        if (!await CheckLayoutsAsync(context).ConfigureAwait(false)) return null;
        var layouts = new LayoutRenderer(context.Layouts, context.Assets, context.Config.BasePath);

        var config = context.Config;
        var nav = context.Navigation;
        var site = new LayoutSite(config.Title, config.Description, config.Language, config.BasePath, config.Repository,
            Search: PagefindIndexer.Runner(context.Root) is not null, Strings: context.Strings.Values);
        var pages = context.Pages;
        var results = new OutputFile[pages.Count];
        ParallelWork.For(pages.Count, context.Options.EffectiveJobs, context.Diagnostics, i =>
        {
            var page = pages[i];
            var model = new LayoutModel(site, PageModel(page, context), SidebarFor(nav.Roots, page.SourcePath, nav));
            results[i] = new OutputFile(page.OutputPath, Encoding.UTF8.GetBytes(layouts.Render(page.FrontMatter.Layout, model)));
        });
        context.Outputs.AddRange(results.Where(r => r is not null));
        context.Outputs.Add(NotFoundPage(context, layouts, site));
        return $"{pages.Count} pages laid out";
    }

    // The 404 page is served for any path: its links must be absolute.
    private static OutputFile NotFoundPage(BuildContext context, LayoutRenderer layouts, LayoutSite site)
    {
        var config = context.Config;
        var page = new LayoutPage("404", config.Description, "", context.Urls.UrlOf(OutputPaths.NotFoundPage), "", null, null,
            [], [], null, null, false, false, false, false);
        var model = new LayoutModel(site, page, SidebarFor(context.Navigation.Roots, "", context.Navigation));
        return new OutputFile(OutputPaths.NotFoundPage, Encoding.UTF8.GetBytes(layouts.Render(NotFoundLayout, model)));
    }

    private static async Task<bool> CheckLayoutsAsync(BuildContext context)
    {
        var errors = context.Diagnostics;
        var layouts = context.Layouts;
        try
        {
            await layouts.ParseAllAsync().ConfigureAwait(false);
        }
        catch (BuildFailedException e)
        {
            foreach (var diagnostic in e.Diagnostics) errors.Add(diagnostic);
            return false;
        }
        var ok = true;
        foreach (var page in context.Pages.Where(p => !layouts.HasLayout(p.FrontMatter.Layout)))
        {
            errors.Add(new BuildDiagnostic(page.SourcePath, page.FrontMatter.LayoutLine ?? 1, null, DiagnosticCodes.MissingLayout,
                $"the layout `{page.FrontMatter.Layout}` does not exist (expected theme/layouts/{page.FrontMatter.Layout}.liquid)"));
            ok = false;
        }
        if (!layouts.HasLayout(NotFoundLayout))
        {
            errors.Add(new BuildDiagnostic("theme/layouts", null, null, DiagnosticCodes.MissingLayout, $"the theme has no `{NotFoundLayout}` layout"));
            ok = false;
        }
        return ok;
    }

    private static LayoutPage PageModel(Page page, BuildContext context)
    {
        var config = context.Config;
        var nav = context.Navigation;
        var urls = context.Urls;
        var trail = nav.TrailTo(page.SourcePath);
        var (previous, next) = nav.Neighbours(page.SourcePath);
        var toc = page.FrontMatter.Toc
            ? page.Headings.Where(h => h.Level is 2 or 3).Select(h => new LayoutLink(h.Text, "#" + h.Id, h.Level)).ToList()
            : [];
        return new LayoutPage(
            Title: page.Title,
            Description: page.FrontMatter.Description ?? config.Description,
            Content: page.ContentHtml ?? throw new InvalidOperationException($"{page.SourcePath} is laid out before it was rendered"),
            Url: urls.UrlOf(page.OutputPath),
            SourcePath: page.SourcePath,
            EditUrl: SiteUrls.EditUrlOf(config.Repository, config.Branch, page.SourcePath),
            DownloadUrl: page.DownloadPath is null ? null : urls.UrlOf(page.DownloadPath),
            Toc: toc,
            Breadcrumbs: trail.Count > 0 ? trail.Take(trail.Count - 1).Select(n => new LayoutLink(n.Title, n.Url ?? FirstUrl(n))).ToList() : [],
            Previous: previous is null ? null : new LayoutLink(previous.Title, previous.Url),
            Next: next is null ? null : new LayoutLink(next.Title, next.Url),
            UsesMath: page.Features.HasFlag(PageFeatures.Math),
            UsesPlotly: page.Features.HasFlag(PageFeatures.Plotly),
            UsesPlotlyMaps: page.Features.HasFlag(PageFeatures.PlotlyMaps),
            IsHome: page.OutputPath == "index.html",
            HasOwnHeading: page.HasOwnHeading,
            FrontMatter: page.FrontMatter.Values,
            PlotlyScript: page.PlotlyScript,
            PlotlyLocale: page.PlotlyLocale,
            CanonicalUrl: string.IsNullOrEmpty(config.BaseUrl) ? null : urls.AbsoluteUrlOf(config.BaseUrl, page.OutputPath));
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
