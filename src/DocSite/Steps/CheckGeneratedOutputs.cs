using DocSite.Diagnostics;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Refuses a page or static file that would be written where the build writes a file of its own (the 404
/// page, the sitemap, .nojekyll, an asset, a notebook's download): one of the two would silently be lost.
/// Runs before any notebook does, and again once the assets the pages need are known.
/// </summary>
public sealed class CheckGeneratedOutputs : IBuildStep
{
    public string Name => "outputs";

    public Task<string?> RunAsync(BuildContext context)
    {
        // Case-insensitive, as between sources: the site may be served from a case-insensitive file system.
        var byPath = new Dictionary<string, GeneratedOutput>(StringComparer.OrdinalIgnoreCase);
        foreach (var output in context.GeneratedOutputs()) byPath.TryAdd(output.Path, output);

        var outputs = context.Pages.Select(p => (p.OutputPath, p.SourcePath)).Concat(context.Files.Select(f => (f.OutputPath, f.SourcePath)));
        foreach (var (outputPath, source) in outputs)
        {
            if (!byPath.TryGetValue(outputPath, out var clash)) continue;
            context.Diagnostics.Add(new BuildDiagnostic(source, 1, null, DiagnosticCodes.OutputCollision,
                $"`{source}` would be written to `{clash.Path}`, where the build writes {clash.What}; rename or move it"));
        }
        return Task.FromResult<string?>(null);
    }
}
