using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>Checks that every internal link points to a published page or file, and every anchor to an id in it.</summary>
public sealed class ValidateLinks : IBuildStep
{
    public string Name => "links";

    public Task<string?> RunAsync(BuildContext context)
    {
        var bySource = context.Pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var checkedLinks = 0;
        foreach (var page in context.Pages)
        {
            foreach (var link in page.Links)
            {
                checkedLinks++;
                if (Check(link, bySource, context.Urls) is { } message)
                    context.Diagnostics.Add(new BuildDiagnostic(page.SourcePath, link.Line, link.Column, DiagnosticCodes.BrokenLink, message, link.Cell));
            }
        }
        return Task.FromResult<string?>($"{checkedLinks} internal links checked");
    }

    private static string? Check(PageLink link, Dictionary<string, Page> pages, SiteUrls urls)
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
