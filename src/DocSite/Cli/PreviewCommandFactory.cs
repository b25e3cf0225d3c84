using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;

namespace DocSite.Cli;

/// <summary>The <c>preview</c> command: build, serve on 127.0.0.1, rebuild on change, reload open pages.</summary>
internal static class PreviewCommandFactory
{
    public static Command Create(BuildLog log, INotebookPages? notebooks, Option<bool> verbose)
    {
        var command = new Command("preview", "Build the site, serve it on http://127.0.0.1:PORT, and rebuild and reload the browser whenever a source changes.");
        var options = new CommonOptions();
        var port = new Option<int>("--port", "-p") { Description = "The port to listen on (127.0.0.1 only).", DefaultValueFactory = _ => 5080 };
        var noExecute = new Option<bool>("--no-execute") { Description = "Use cached notebook outputs only." };
        options.AddTo(command);
        command.Options.Add(port);
        command.Options.Add(noExecute);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (root, output) = options.Resolve(parse);
            var buildOptions = new BuildOptions(root, output, BasePath: "/", NoExecute: parse.GetValue(noExecute), IncludeDrafts: true);
            return await new PreviewServer(buildOptions, log, notebooks, parse.GetValue(verbose)).RunAsync(parse.GetValue(port), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
