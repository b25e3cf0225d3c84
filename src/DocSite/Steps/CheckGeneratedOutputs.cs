using DocSite.Diagnostics;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Refuses a page or static file that would be written where the build writes a file of its own (the 404
/// page, the sitemap, .nojekyll, an asset, a notebook's download): one of the two would silently be lost.
/// Collisions between sources are <see cref="ReadPages"/>' part.
/// </summary>
public static class CheckGeneratedOutputs
{
    /// <exception cref="BuildFailedException">OUT001 for each such source.</exception>
    public static void Run(SiteSources sources, IEnumerable<GeneratedOutput> generated)
    {
        // Case-insensitive, as between sources: the site may be served from a case-insensitive file system.
        var byPath = new Dictionary<string, GeneratedOutput>(StringComparer.OrdinalIgnoreCase);
        foreach (var output in generated) byPath.TryAdd(output.Path, output);

        var errors = new DiagnosticBag();
        var outputs = sources.Pages.Select(p => (p.OutputPath, p.SourcePath)).Concat(sources.Files.Select(f => (f.OutputPath, f.SourcePath)));
        foreach (var (outputPath, source) in outputs)
        {
            if (!byPath.TryGetValue(outputPath, out var clash)) continue;
            errors.Add(new BuildDiagnostic(source, 1, null, DiagnosticCodes.OutputCollision,
                $"`{source}` would be written to `{clash.Path}`, where the build writes {clash.What}; rename or move it"));
        }
        errors.ThrowIfAny();
    }
}
