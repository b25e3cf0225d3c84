using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.Notebooks;

namespace DocSite.Cli;

/// <summary>
/// The <c>run</c> command: executes one notebook and writes it with its outputs, so a contributor can open the
/// result in an editor. The source notebook is never overwritten.
/// </summary>
internal static class RunCommandFactory
{
    public static Command Create(BuildLog log)
    {
        var notebook = new Argument<string>("notebook") { Description = "The notebook to run (.ipynb, .dib or .cs)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the executed notebook (default: NAME.executed.ipynb beside it)." };
        var root = new Option<string?>("--root") { Description = "The site root, for the execution cache and npm packages (default: the current folder)." };
        var parameters = new Option<string[]>("--param", "-p")
        {
            Description = "Override a value of the notebook's `parameters` cell: --param epochs=1 (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("run", "Run one notebook and write it with its outputs (to open in VS Code).") { notebook };
        command.Options.Add(output);
        command.Options.Add(root);
        command.Options.Add(parameters);
        parameters.Validators.Add(r =>
        {
            foreach (var value in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (!value.Contains('=', StringComparison.Ordinal)) r.AddError($"--param expects name=value, not `{value}`");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = Path.GetFullPath(parse.GetValue(notebook)!);
            if (!File.Exists(path))
            {
                log.Error($"error: the notebook `{parse.GetValue(notebook)}` does not exist");
                return SiteCommandLine.BadUsage;
            }
            var engine = new NotebookEngine(new NotebookEngineOptions
            {
                RootDirectory = Path.GetFullPath(parse.GetValue(root) ?? Directory.GetCurrentDirectory()),
                Log = log.Info,
                Interactive = log.IsInteractive,
                Parameters = ParseParameters(parse.GetValue(parameters)),
            });
            return await engine.RunOneAsync(path, parse.GetValue(output), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Dictionary<string, string> ParseParameters(string[]? values) =>
        (values ?? []).Select(v => v.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p[1], StringComparer.Ordinal);
}
