using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.Notebooks.Literate;

namespace DocSite.Cli;

/// <summary>
/// The <c>convert</c> command: a notebook from .ipynb (or .dib) to a literate .cs notebook and back, keeping
/// sources, Markdown, tags and settings; outputs are dropped.
/// </summary>
internal static class ConvertCommandFactory
{
    public static Command Create(BuildLog log)
    {
        var notebook = new Argument<string>("notebook") { Description = "The notebook to convert (.ipynb, .dib or .cs)." };
        var to = new Option<string>("--to") { Description = "The format to write: cs or ipynb.", Required = true };
        to.AcceptOnlyFromAmong(NotebookConverter.CSharp, NotebookConverter.Ipynb);
        var output = new Option<string?>("--output", "-o") { Description = "The file to write (default: the notebook's name with the new extension, beside it)." };
        var force = new Option<bool>("--force") { Description = "Replace the output file if it exists." };
        var command = new Command("convert", "Convert a notebook to a .cs notebook (runs with `dotnet run`) or to .ipynb.") { notebook };
        command.Options.Add(to);
        command.Options.Add(output);
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var source = parse.GetValue(notebook)!;
            var format = parse.GetValue(to)!;
            var target = parse.GetValue(output) ?? Path.ChangeExtension(source, "." + format);
            if (Usage(source, format, target, parse.GetValue(force)) is { } problem)
            {
                log.Error($"error: {problem}");
                return SiteCommandLine.BadUsage;
            }

            var errors = NotebookConverter.Convert(source, format, target);
            foreach (var error in errors) log.Error(error);
            if (errors.Count > 0) return SiteCommandLine.BuildErrors;
            log.Info($"{source}: wrote {target}");
            return SiteCommandLine.Success;
        });
        return command;
    }

    private static string? Usage(string source, string format, string target, bool force) =>
        !File.Exists(source) ? $"the notebook `{source}` does not exist"
        : Path.GetExtension(source).Equals("." + format, StringComparison.OrdinalIgnoreCase) ? $"`{source}` is a .{format} notebook already"
        : File.Exists(target) && !force ? $"`{target}` exists; pass --force to replace it, or --output to write elsewhere"
        : null;
}
