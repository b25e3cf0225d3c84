using System.CommandLine;
using DocSite.Diagnostics;

namespace DocSite.Cli;

/// <summary>The <c>clean</c> command: removes the output folder and, with --cache, the notebook cache.</summary>
internal static class CleanCommandFactory
{
    public static Command Create(BuildLog log)
    {
        var command = new Command("clean", "Delete the output folder (and, with --cache, the notebook execution cache).");
        var options = new CommonOptions();
        var cache = new Option<bool>("--cache") { Description = "Also delete ROOT/.cache (cached notebook outputs)." };
        options.AddTo(command);
        command.Options.Add(cache);
        command.SetAction(parse =>
        {
            var (root, output) = options.Resolve(parse);
            Delete(output, log);
            if (parse.GetValue(cache)) Delete(Path.Combine(root, ".cache"), log);
            return SiteCommandLine.Success;
        });
        return command;
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
