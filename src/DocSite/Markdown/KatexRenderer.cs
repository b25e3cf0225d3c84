using System.Diagnostics;
using System.Text.Json;
using DocSite.Notebooks.Processes;

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
            output = await RunNodeAsync(katexFolder, input, cancellationToken).ConfigureAwait(false);
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

    private static async Task<string> RunNodeAsync(string katexFolder, string input, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        // The script is passed with -e: no file of its own to write and clean up.
        foreach (var argument in new[] { "-e", Script.Value, katexFolder, input }) start.ArgumentList.Add(argument);

        await using var node = GroupedProcess.StartGuarded(start);
        var stdout = node.Process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = node.Process.StandardError.ReadToEndAsync(cancellationToken);
        await node.Process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        var output = await stdout.ConfigureAwait(false);
        var errors = await stderr.ConfigureAwait(false);
        if (node.Process.ExitCode != 0)
            throw new InvalidOperationException($"node exited with code {node.Process.ExitCode}: {errors.Trim()}");
        return output;
    }
}
