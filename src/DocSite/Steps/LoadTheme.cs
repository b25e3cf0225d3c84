using DocSite.Pipeline;
using DocSite.Theme;

namespace DocSite.Steps;

/// <summary>
/// Loads the site's theme (theme/ over the built-in default) and its strings in the site's language, and starts
/// parsing its layouts.
/// </summary>
public sealed class LoadTheme : IBuildStep
{
    public string Name => "theme";

    public Task<string?> RunAsync(BuildContext context)
    {
        context.Theme = ThemeFiles.Load(context.Root);
        context.Strings = ThemeStrings.Load(context.Theme, context.Config.Language, context.Config.Strings);
        context.Layouts = new LayoutTemplates(context.Theme);
        // Parsed in the background while the sources are read and analysed; laying out the pages waits for it.
        _ = context.Layouts.ParseAllAsync();
        return Task.FromResult<string?>(null);
    }
}
