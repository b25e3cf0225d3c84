using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>Adds what static hosts need beside the site: .nojekyll, so GitHub Pages serves files starting with '_' as they are.</summary>
public sealed class AddHostingFiles : IBuildStep
{
    public string Name => "hosting";

    public Task<string?> RunAsync(BuildContext context)
    {
        context.Outputs.Add(new OutputFile(OutputPaths.NoJekyll, []));
        return Task.FromResult<string?>(null);
    }
}
