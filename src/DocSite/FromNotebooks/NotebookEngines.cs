using DocSite.Notebooks;
using DocSite.Pipeline;

namespace DocSite.FromNotebooks;

/// <summary>The notebook engine as a build configures it: every command that runs or inspects notebooks sees the same cache keys.</summary>
public static class NotebookEngines
{
    public static NotebookEngine For(BuildContext context, IReadOnlyDictionary<string, string>? parameters = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Options;
        return new NotebookEngine(new NotebookEngineOptions
        {
            RootDirectory = options.RootDirectory,
            Jobs = options.EffectiveJobs,
            NoExecute = options.NoExecute,
            Log = context.Log.Info,
            Interactive = context.Log.IsInteractive,
            Parameters = parameters ?? new Dictionary<string, string>(),
            Session = context.NotebookSession,
        });
    }
}
