using DocSite.Configuration;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Reads site.yml and applies the command line's overrides (base path, base URL).</summary>
public sealed class LoadConfiguration : IBuildStep
{
    public string Name => "config";

    public Task<string?> RunAsync(BuildContext context)
    {
        var config = SiteConfigLoader.Load(context.Root);
        var options = context.Options;
        context.Config = config with
        {
            BasePath = options.BasePath is null ? config.BasePath : SiteConfigLoader.NormalizeBasePath(options.BasePath),
            BaseUrl = options.BaseUrl ?? config.BaseUrl,
        };
        return Task.FromResult<string?>(null);
    }
}
