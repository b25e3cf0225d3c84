using DocSite.Navigation;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Builds the sidebar, breadcrumbs and reading order from site.yml's <c>nav</c>, or from the folders.</summary>
public sealed class BuildNavigation : IBuildStep
{
    public string Name => "nav";

    public Task<string?> RunAsync(BuildContext context)
    {
        context.Navigation = NavigationBuilder.Build(context.Config, context.Pages, context.Urls);
        return Task.FromResult<string?>(null);
    }
}
