using System.Globalization;
using System.Text.Json;
using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks;

/// <summary>A named output of a notebook, for pages to show and claims to check.</summary>
/// <param name="Name">The name it was published under.</param>
/// <param name="Cell">The 1-based number of the cell that published it.</param>
/// <param name="Output">The output as the notebook page shows it.</param>
public sealed record PublishedResult(string Name, int Cell, DisplayOutput Output)
{
    private const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    private const string JsonMimeType = "application/json";

    public ResultKind Kind =>
        Output.Data.ContainsKey(PlotlyMimeType) ? ResultKind.Chart
        : Value is not null ? ResultKind.Value
        : ResultKind.Display;

    /// <summary>
    /// The raw value of a scalar (a <see cref="long"/> or <see cref="double"/>, a string or a bool), else null: the
    /// JSON form <c>publish</c> adds, or, for a cell's output named by a tag, plain text that is a number.
    /// </summary>
    public object? Value =>
        Output.Data.TryGetValue(JsonMimeType, out var json) ? Scalar(json)
        : Output.Data.TryGetValue("text/plain", out var text) ? Number(text.Trim())
        : null;

    /// <summary>The results the cells published; a name published twice is the later one (as a re-run cell would leave it).</summary>
    public static IReadOnlyDictionary<string, PublishedResult> From(IEnumerable<NotebookCell> cells)
    {
        var results = new Dictionary<string, PublishedResult>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            foreach (var output in cell.Outputs.OfType<DisplayOutput>().Where(o => o.Name is not null))
                results[output.Name!] = new PublishedResult(output.Name!, cell.Number, output);
        }
        return results;
    }

    private static object? Number(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) ? whole
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real) ? real
        : null;

    private static object? Scalar(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Number when root.TryGetInt64(out var whole) => whole,
                JsonValueKind.Number => root.GetDouble(),
                JsonValueKind.String => root.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
