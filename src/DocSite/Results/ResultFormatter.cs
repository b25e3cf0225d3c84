using System.Globalization;
using DocSite.Diagnostics;

namespace DocSite.Results;

/// <summary>Formats a published value for prose, with a .NET format string in the site's culture.</summary>
public static class ResultFormatter
{
    /// <exception cref="GlueException">GLUE004: the format string does not apply to the value.</exception>
    public static string Format(object value, string? format, CultureInfo culture)
    {
        try
        {
            return value switch
            {
                IFormattable formattable => formattable.ToString(format, culture),
                bool flag when format is null => flag ? "true" : "false",
                string text when format is null => text,
                _ => throw new FormatException($"a {TypeName(value)} takes no format string"),
            };
        }
        catch (FormatException e)
        {
            throw new GlueException(DiagnosticCodes.MalformedReference,
                $"the format `{format}` does not apply to {Describe(value)}: {e.Message}");
        }
    }

    /// <summary>The culture of the site's language, or the invariant culture for a language .NET does not know.</summary>
    public static CultureInfo CultureOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>A value as messages show it: invariant, round-trippable.</summary>
    public static string Describe(object value) => value switch
    {
        double real => real.ToString("R", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        string text => $"\"{text}\"",
        bool flag => flag ? "true" : "false",
        _ => value.ToString() ?? "",
    };

    private static string TypeName(object value) => value switch
    {
        bool => "bool",
        string => "string",
        _ => "number",
    };
}
