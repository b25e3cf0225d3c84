using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.FromNotebooks;

/// <summary>
/// The site's notebooks as pages: runs them through the notebook engine (or takes their outputs from its
/// cache), reports failed cells as build errors, and adds the executed .ipynb downloads.
/// </summary>
public sealed class NotebookPages(IReadOnlyDictionary<string, string>? parameters = null) : INotebookPages
{
    public async Task<NotebookPagesResult> BuildAsync(IReadOnlyList<string> notebooks, BuildContext context)
    {
        var engine = NotebookEngines.For(context, parameters);
        var runs = await engine.RunAsync(notebooks, context.CancellationToken).ConfigureAwait(false);

        var labels = NotebookLabels.From(context.Strings);
        var ran = runs.Where(r => r.Succeeded).ToList();
        var pages = ran.Select(r => NotebookPageBuilder.Build(r.SourcePath, r.Notebook!, labels)).ToList();
        var downloads = ran.Select(r => new OutputFile(OutputPaths.OfNotebookDownload(r.SourcePath), r.Notebook!.Ipynb.ToArray()));
        return new NotebookPagesResult(pages, downloads.ToList())
        {
            Results = ran.ToDictionary(r => r.SourcePath, r => r.Notebook!.Results, StringComparer.Ordinal),
            Failures = runs.Where(r => !r.Succeeded).ToDictionary(r => r.SourcePath, r => r.Errors, StringComparer.Ordinal),
        };
    }
}
