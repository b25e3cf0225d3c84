using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.FromNotebooks;
using DocSite.Pipeline;

namespace DocSite.Cli;

/// <summary>The command line: <c>build</c> (the default), <c>preview</c>, <c>run</c>, <c>clean</c>. Exit codes: 0 ok, 1 build errors (or an internal error), 2 bad usage, 130 cancelled.</summary>
public static class SiteCommandLine
{
    public const int Success = 0;
    public const int BuildErrors = 1;
    public const int BadUsage = 2;
    public const int Cancelled = 130;

    public static async Task<int> RunAsync(string[] args, BuildLog? log = null, INotebookPages? notebooks = null)
    {
        log ??= BuildLog.Console;
        notebooks ??= new NotebookPages();
        var root = new RootCommand("Builds a static documentation site from Markdown pages (input/) and .NET notebooks (notebooks/) that run at build time.\nWith no command, `build` runs.");
        var verbose = new Option<bool>(FailureReport.VerboseOption) { Description = "Show the stack trace of an internal error.", Recursive = true };
        root.Options.Add(verbose);
        var build = new BuildCommandFactory(log, notebooks);
        build.AddTo(root);
        root.Subcommands.Add(build.Create());
        root.Subcommands.Add(PreviewCommandFactory.Create(log, notebooks, verbose));
        root.Subcommands.Add(RunCommandFactory.Create(log));
        root.Subcommands.Add(CleanCommandFactory.Create(log));
        root.Subcommands.Add(ConvertCommandFactory.Create(log));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) log.Error($"error: {error.Message}");
            log.Error("Run with --help to see the commands and options.");
            return BadUsage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            log.Error("Cancelled.");
            return Cancelled;
        }
#pragma warning disable CA1031 // The one place every other failure becomes one line and an exit code.
        catch (Exception e)
#pragma warning restore CA1031
        {
            foreach (var line in FailureReport.Describe(e, parse.GetValue(verbose))) log.Error(line);
            return BuildErrors;
        }
    }
}
