using System.Text.Json;
using DocSite.Pipeline;

namespace DocSite.Markdown;

/// <summary>
/// Typesets formulas with the site's own KaTeX (node_modules/katex), all of a build's in one Node process:
/// starting Node costs more than rendering hundreds of formulas. The script ships inside this library.
/// </summary>
public static class KatexRenderer
{
    private const string ScriptResource = "render-math.js";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(KatexRenderer).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"the resource {ScriptResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <returns>The site's KaTeX package folder, or null when node_modules has none.</returns>
    public static string? PackageFolder(string siteRoot)
    {
        var folder = Path.Combine(siteRoot, "node_modules", "katex");
        return File.Exists(Path.Combine(folder, "package.json")) ? folder : null;
    }

    /// <returns>One result per formula, in order.</returns>
    /// <exception cref="System.ComponentModel.Win32Exception">Node.js is not on the PATH.</exception>
    /// <exception cref="InvalidOperationException">Node failed or answered something else than one result per formula.</exception>
    public static async Task<IReadOnlyList<RenderedFormula>> RenderAsync(string katexFolder, IReadOnlyList<Formula> formulas, CancellationToken cancellationToken)
    {
        // The formulas go in a file: a guarded process reads no standard input.
        var input = Path.Combine(Path.GetTempPath(), $"docsite-math-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(input, JsonSerializer.Serialize(formulas, Json), cancellationToken).ConfigureAwait(false);
        string output;
        try
        {
            // The script is passed with -e: no file of its own to write and clean up.
            var run = await ToolProcess.RunAsync("node", ["-e", Script.Value, katexFolder, input], cancellationToken).ConfigureAwait(false);
            if (run.ExitCode != 0)
                throw new InvalidOperationException($"node exited with code {run.ExitCode}: {run.Errors.Trim()}");
            output = run.Output;
        }
        finally
        {
            File.Delete(input);
        }

        List<RenderedFormula>? results;
        try
        {
            results = JsonSerializer.Deserialize<List<RenderedFormula>>(output, Json);
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"node did not answer JSON: {e.Message}", e);
        }
        if (results is null || results.Count != formulas.Count)
            throw new InvalidOperationException($"node answered {results?.Count ?? 0} results for {formulas.Count} formulas");
        return results;
    }
}
