using System.Collections;
using System.Globalization;

namespace DocSite.Notebook.Api;

/// <summary>One line of text for a value, as a console can show it.</summary>
internal static class ConsoleText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string text => text,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        // A chart cannot be drawn on a console, and Plotly.NET's own text is its whole JSON-like structure.
        _ when value.GetType().FullName?.StartsWith("Plotly.NET.GenericChart", StringComparison.Ordinal) == true => "[Plotly chart]",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Of)) + "]",
        _ => value.ToString() ?? "",
    };
}
