using System.Text.Json;
using DocSite.Notebooks;
using DocSite.Tests.Support;

namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// Runs one of the site's real notebooks through the engine (with a private cache, so nothing is reused) and
/// reads the one <c>METRICS {json}</c> line its last, page-hidden cell prints.
/// </summary>
public static class SiteNotebook
{
    /// <returns>The metrics, and every text the notebook printed (its standard output), for checks on what readers see.</returns>
    /// <param name="extension">The notebook's format: <c>.ipynb</c>, or <c>.cs</c> for a literate C# notebook.</param>
    public static async Task<(JsonElement Metrics, string Printed)> RunAsync(string name, IReadOnlyDictionary<string, string>? parameters = null, string extension = ".ipynb")
    {
        await RepositoryPackages.EnsureAsync();
        var output = Path.Combine(Path.GetTempPath(), "docsite-site-notebooks", Guid.NewGuid().ToString("N"));
        var log = new StringWriter();
        var engine = new NotebookEngine(new NotebookEngineOptions
        {
            RootDirectory = RepositoryRoot.Path,
            CacheDirectory = Path.Combine(output, "cache"),
            Parameters = parameters ?? new Dictionary<string, string>(),
            Log = line => log.WriteLine(line),
        });
        var executed = Path.Combine(output, name + ".executed.ipynb");

        var exitCode = await engine.RunOneAsync(Path.Combine(RepositoryRoot.Path, "notebooks", name + extension), executed, CancellationToken.None);

        Assert.True(exitCode == 0, $"the notebook failed:\n{log}");
        using var notebook = JsonDocument.Parse(await File.ReadAllTextAsync(executed));
        var printed = string.Concat(notebook.RootElement.GetProperty("cells").EnumerateArray()
            .SelectMany(c => c.TryGetProperty("outputs", out var o) ? o.EnumerateArray() : Enumerable.Empty<JsonElement>())
            .Where(o => o.GetProperty("output_type").GetString() == "stream")
            .Select(o => string.Concat(o.GetProperty("text").EnumerateArray().Select(t => t.GetString()))));
        var lines = printed.Split('\n').Where(l => l.StartsWith("METRICS ", StringComparison.Ordinal)).ToList();
        Assert.Single(lines);
        return (JsonDocument.Parse(lines[0]["METRICS ".Length..]).RootElement.Clone(), printed);
    }
}
