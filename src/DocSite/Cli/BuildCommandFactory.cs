using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.Pipeline;

namespace DocSite.Cli;

/// <summary>The <c>build</c> command, also the root command's default action.</summary>
internal sealed class BuildCommandFactory(BuildLog log, INotebookPages? notebooks)
{
    public Command Create()
    {
        var command = new Command("build", "Build the site into the output folder (the default command).");
        AddTo(command);
        return command;
    }

    public void AddTo(Command command)
    {
        var options = new CommonOptions();
        var basePath = new Option<string?>("--base-path") { Description = "URL path the site is served under, e.g. /my-repo/ for a GitHub Pages project site (default: site.yml's base_path)." };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute URL of the site, used in sitemap.xml (default: site.yml's base_url)." };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Notebooks run at once (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var noExecute = new Option<bool>("--no-execute") { Description = "Build notebooks from the execution cache only; fail for a notebook with no cached outputs." };
        var drafts = new Option<bool>("--drafts") { Description = "Include pages marked `draft: true`." };
        options.AddTo(command);
        command.Options.Add(basePath);
        command.Options.Add(baseUrl);
        command.Options.Add(jobs);
        command.Options.Add(noExecute);
        command.Options.Add(drafts);
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1");
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (rootDirectory, outputDirectory) = options.Resolve(parse);
            var buildOptions = new BuildOptions(rootDirectory, outputDirectory, parse.GetValue(basePath), parse.GetValue(baseUrl),
                parse.GetValue(jobs), parse.GetValue(noExecute), parse.GetValue(drafts));
            return await BuildAsync(buildOptions, cancellationToken).ConfigureAwait(false);
        });
    }

    private async Task<int> BuildAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.RootDirectory))
        {
            log.Error($"error: the site root `{options.RootDirectory}` does not exist");
            return SiteCommandLine.BadUsage;
        }
        try
        {
            await new SiteBuilder(log, notebooks).BuildAsync(options, cancellationToken).ConfigureAwait(false);
            return SiteCommandLine.Success;
        }
        catch (BuildFailedException e)
        {
            foreach (var diagnostic in e.Diagnostics) log.Error(diagnostic);
            if (e.Diagnostics.Count == 0) log.Error($"error: {e.Message}");
            log.Error($"Build failed with {Math.Max(1, e.Diagnostics.Count)} error(s); the previous output was left as it was.");
            return SiteCommandLine.BuildErrors;
        }
    }
}
