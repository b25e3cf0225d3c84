using System.CommandLine;
using DocSite.Diagnostics;
using DocSite.NotebookCache;
using DocSite.Notebooks.Sharding;
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
        var repository = new Option<string?>("--repository") { Description = "Web address of the site's repository, for the source and edit links, e.g. https://github.com/owner/name (default: site.yml's repository; none: no such links)." };
        var branch = new Option<string?>("--branch") { Description = "The branch edit links open (default: site.yml's branch, else main)." };
        var shard = new Option<string?>("--shard") { Description = "K/N: only run the notebooks of shard K of N into the cache, and write no site (a CI matrix; then merge the caches and build with --no-execute)." };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --shard: print which shard runs which notebook, and run nothing." };
        options.AddTo(command);
        command.Options.Add(basePath);
        command.Options.Add(baseUrl);
        command.Options.Add(jobs);
        command.Options.Add(noExecute);
        command.Options.Add(drafts);
        command.Options.Add(repository);
        command.Options.Add(branch);
        command.Options.Add(shard);
        command.Options.Add(dryRun);
        jobs.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1) r.AddError("--jobs must be at least 1");
        });
        shard.Validators.Add(r =>
        {
            if (Shard.TryParse(r.GetValueOrDefault<string?>()) is null) r.AddError("--shard must be K/N with 1 <= K <= N, e.g. --shard 2/3");
        });
        command.Validators.Add(r =>
        {
            if (r.GetValue(dryRun) && r.GetValue(shard) is null) r.AddError("--dry-run needs --shard K/N");
            if (r.GetValue(noExecute) && r.GetValue(shard) is not null) r.AddError("--shard runs notebooks; it cannot be combined with --no-execute");
        });

        command.SetAction(async (parse, cancellationToken) =>
        {
            var (rootDirectory, outputDirectory) = options.Resolve(parse);
            var buildOptions = new BuildOptions(rootDirectory, outputDirectory, parse.GetValue(basePath), parse.GetValue(baseUrl),
                parse.GetValue(jobs), parse.GetValue(noExecute), parse.GetValue(drafts))
            {
                Repository = parse.GetValue(repository),
                Branch = parse.GetValue(branch),
            };
            var shardOption = Shard.TryParse(parse.GetValue(shard));
            return await BuildAsync(buildOptions, shardOption, parse.GetValue(dryRun), cancellationToken).ConfigureAwait(false);
        });
    }

    private async Task<int> BuildAsync(BuildOptions options, Shard? shard, bool dryRun, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.RootDirectory))
        {
            log.Error($"error: the site root `{options.RootDirectory}` does not exist");
            return SiteCommandLine.BadUsage;
        }
        try
        {
            if (shard is null) await new SiteBuilder(log, notebooks).BuildAsync(options, cancellationToken).ConfigureAwait(false);
            else await new ShardBuild(log).RunAsync(options, shard, dryRun, cancellationToken).ConfigureAwait(false);
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
