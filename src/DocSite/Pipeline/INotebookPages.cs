using DocSite.Configuration;
using DocSite.Diagnostics;
using DocSite.Markdown;
using DocSite.Theme;

namespace DocSite.Pipeline;

/// <summary>
/// Turns the site's notebooks into pages (executing them or reading them from the cache). Kept behind this
/// interface so the generator does not depend on how notebooks run.
/// </summary>
public interface INotebookPages
{
    Task<NotebookPagesResult> BuildAsync(
        IReadOnlyList<string> notebooks, MarkdownRenderer markdown, AssetManifest assets,
        SiteConfig config, BuildOptions options, BuildLog log, CancellationToken cancellationToken);
}
