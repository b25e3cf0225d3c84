using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Markdown;

namespace DocSite.Steps;

/// <summary>Checks that every internal link points to a published page or file, and every anchor to an id in it.</summary>
public static class ValidateLinks
{
    public static int Run(IReadOnlyList<RenderedPage> pages, SiteUrls urls)
    {
        var bySource = pages.ToDictionary(p => p.Source.SourcePath, StringComparer.Ordinal);
        var errors = new DiagnosticBag();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            foreach (var link in page.Links)
            {
                checkedLinks++;
                var message = Check(link, bySource, urls);
                if (message is not null)
                    errors.Add(new BuildDiagnostic(page.Source.SourcePath, link.Line, link.Column, DiagnosticCodes.BrokenLink, message, link.Cell));
            }
        }
        errors.ThrowIfAny();
        return checkedLinks;
    }

    private static string? Check(PageLink link, Dictionary<string, RenderedPage> pages, SiteUrls urls)
    {
        if (!urls.IsPublished(link.TargetSource))
            return $"the link `{link.Url}` points to `{link.TargetSource}`, which is not a page or file of the site";
        if (link.Anchor is null or "") return null;
        if (!pages.TryGetValue(link.TargetSource, out var target))
            return $"the link `{link.Url}` has an anchor, but `{link.TargetSource}` is not a page";
        return target.Ids.Contains(link.Anchor)
            ? null
            : $"the link `{link.Url}` points to `#{link.Anchor}`, which is not a heading or id in `{link.TargetSource}`";
    }
}
