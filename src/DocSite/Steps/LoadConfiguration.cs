using DocSite.Configuration;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Reads site.yml and applies the command line's overrides (base URL and path, repository, branch). A base URL
/// given without a base path serves the pages under the base URL's path, so the sitemap and the pages agree.
/// An empty repository means none: no source or edit links.
/// </summary>
public sealed class LoadConfiguration : IBuildStep
{
    public string Name => "config";

    public Task<string?> RunAsync(BuildContext context)
    {
        var config = SiteConfigLoader.Load(context.Root);
        var options = context.Options;
        var basePath = options.BasePath ?? (options.BaseUrl is null ? null : SiteConfigLoader.PathOf(options.BaseUrl));
        var repository = options.Repository ?? config.Repository;
        context.Config = config with
        {
            BasePath = basePath is null ? config.BasePath : SiteConfigLoader.NormalizeBasePath(basePath),
            BaseUrl = options.BaseUrl ?? config.BaseUrl,
            Repository = string.IsNullOrWhiteSpace(repository) ? null : repository.Trim(),
            Branch = string.IsNullOrWhiteSpace(options.Branch) ? config.Branch : options.Branch.Trim(),
        };
        return Task.FromResult<string?>(null);
    }
}
