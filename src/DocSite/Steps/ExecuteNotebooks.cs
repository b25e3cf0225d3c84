using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Runs the notebooks (or takes their outputs from the cache) and adds their pages, analysed like Markdown
/// pages, the executed downloads and what each published. A notebook that fails is an error, reported here;
/// the others still become pages, so that the next step can tell which pages used the one that failed.
/// </summary>
public sealed class ExecuteNotebooks(INotebookPages? notebooks) : IBuildStep
{
    public string Name => "notebooks";

    public async Task<string?> RunAsync(BuildContext context)
    {
        if (context.Notebooks.Count == 0) return null;
        if (notebooks is null)
            throw new InvalidOperationException("this build has notebooks but no notebook engine was configured");

        var result = await notebooks.BuildAsync(context.Notebooks, context).ConfigureAwait(false);
        AnalyzePages.Analyze(result.Pages, context);
        context.Pages.AddRange(result.Pages);
        context.Outputs.AddRange(result.Files);
        foreach (var (notebook, results) in result.Results) context.NotebookResults[notebook] = results;
        foreach (var (notebook, errors) in result.Failures)
        {
            foreach (var error in errors) context.Diagnostics.Add(error);
            if (errors.Count > 0) context.FailedNotebooks[notebook] = errors[0];
        }
        return null;
    }
}
