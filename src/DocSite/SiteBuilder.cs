using System.Diagnostics;
using DocSite.Diagnostics;
using DocSite.Notebooks;
using DocSite.Pipeline;
using DocSite.Steps;

namespace DocSite;

/// <summary>
/// A build: the steps below, in order, over one <see cref="BuildContext"/>. A step that reports errors stops
/// the build before anything is written. A new capability is one more step class and one more line here.
/// </summary>
/// <param name="session">The preview's notebook session, shared by its builds; none in a plain build.</param>
public sealed class SiteBuilder(BuildLog log, INotebookPages? notebooks = null, NotebookSession? session = null)
{
    private IReadOnlyList<IBuildStep> Steps() =>
    [
        new LoadConfiguration(),
        new RestoreNodePackages(),
        new LoadTheme(),               // starts parsing the layouts, in the background
        new ReadSources(),
        new CheckGeneratedOutputs(),   // before any notebook runs
        new AnalyzePages(),
        new ExecuteNotebooks(notebooks),
        new ResolveNotebookResults(),
        new ResolveScholarlyMarkup(),  // callouts, numbered figures, tables and equations, cross-references, citations found
        new ValidateLinks(),
        new BuildNavigation(),
        new RunNodeTasks(),            // math and citations, in one Node process
        new DeriveAssets(),
        new CheckGeneratedOutputs(),   // again, with the assets the pages turned out to need
        new RenderPages(),
        new LayOutPages(),
        new WriteSitemap(),
        new AddHostingFiles(),
        new IndexSearch(),             // over the laid-out pages, before anything is written
        new WriteOutput(),
    ];

    /// <exception cref="BuildFailedException">The sources have errors; nothing was written.</exception>
    public async Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default)
    {
        var watch = Stopwatch.StartNew();
        options = options with { RootDirectory = Path.GetFullPath(options.RootDirectory) };
        log.Info($"Building {options.RootDirectory} → {Path.GetFullPath(options.OutputDirectory)}");
        var context = new BuildContext(options, log, cancellationToken) { NotebookSession = session };
        foreach (var step in Steps())
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!step.RunsAfterErrors) context.Diagnostics.ThrowIfAny();
            var stepWatch = Stopwatch.StartNew();
            try
            {
                if (await step.RunAsync(context).ConfigureAwait(false) is { } summary)
                    log.Info($"  {step.Name,-10} {summary} ({stepWatch.ElapsedMilliseconds} ms)");
            }
            catch (BuildFailedException e) when (e.Diagnostics.Count > 0)
            {
                foreach (var diagnostic in e.Diagnostics) context.Diagnostics.Add(diagnostic);
            }
        }
        context.Diagnostics.ThrowIfAny();

        log.Info($"Built {context.Pages.Count} pages in {watch.Elapsed.TotalSeconds:0.00} s");
        return new BuildResult(context.Pages.Count, context.Outputs.Count + context.Files.Count, watch.Elapsed);
    }
}
