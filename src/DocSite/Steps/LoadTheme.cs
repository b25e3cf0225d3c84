using DocSite.Pipeline;
using DocSite.Theme;

namespace DocSite.Steps;

/// <summary>Loads the site's theme (theme/ over the built-in default).</summary>
public sealed class LoadTheme : IBuildStep
{
    public string Name => "theme";

    public Task<string?> RunAsync(BuildContext context)
    {
        context.Theme = ThemeFiles.Load(context.Root);
        return Task.FromResult<string?>(null);
    }
}
