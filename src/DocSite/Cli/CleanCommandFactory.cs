using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.NotebookCache;
using DocSite.Pipeline;

namespace DocSite.Cli;

/// <summary>
/// The <c>clean</c> command: removes the output folder and, with --cache, the notebook cache; with --cache --unused,
/// only the cache entries no current notebook uses (the output stays).
/// </summary>
internal static class CleanCommandFactory
{
    public static Command Create(BuildLog log)
    {
        var command = new Command("clean", "Delete the output folder (and, with --cache, the notebook execution cache).");
        var options = new CommonOptions();
        var cache = new Option<bool>("--cache") { Description = "Also delete ROOT/.cache (cached notebook outputs)." };
        var unused = new Option<bool>("--unused") { Description = "With --cache: delete only the cached outputs that no notebook, as it is now, uses; keep the output folder." };
        options.AddTo(command);
        command.Options.Add(cache);
        command.Options.Add(unused);
        command.Validators.Add(r =>
        {
            if (r.GetValue(unused) && !r.GetValue(cache)) r.AddError("--unused needs --cache");
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (root, output) = options.Resolve(parse);
            if (parse.GetValue(unused)) return await PruneAsync(new BuildOptions(root, output), log, cancellationToken).ConfigureAwait(false);
            Delete(output, log);
            if (parse.GetValue(cache)) Delete(Path.Combine(root, ".cache"), log);
            return SiteCommandLine.Success;
        });
        return command;
    }

    private static async Task<int> PruneAsync(BuildOptions options, BuildLog log, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.RootDirectory))
        {
            log.Error($"error: the site root `{options.RootDirectory}` does not exist");
            return SiteCommandLine.BadUsage;
        }
        try
        {
            await new CachePruning(log).PruneAsync(options, cancellationToken).ConfigureAwait(false);
            return SiteCommandLine.Success;
        }
        catch (BuildFailedException e)
        {
            foreach (var diagnostic in e.Diagnostics) log.Error(diagnostic);
            if (e.Diagnostics.Count == 0) log.Error($"error: {e.Message}");
            log.Error("The cache was left as it was.");
            return SiteCommandLine.BuildErrors;
        }
    }

    private static void Delete(string folder, BuildLog log)
    {
        if (!Directory.Exists(folder))
        {
            log.Info($"Nothing to delete at {folder}");
            return;
        }
        Directory.Delete(folder, recursive: true);
        log.Info($"Deleted {folder}");
    }
}
