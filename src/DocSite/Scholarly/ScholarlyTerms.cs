using DocSite.Theme;

namespace DocSite.Scholarly;

/// <summary>The words numbered figures, tables, equations, callouts and bibliographies are shown with, from the theme's strings in the site's language.</summary>
public sealed record ScholarlyTerms(string Figure, string Table, string Equation, string CaptionSeparator, string References, IReadOnlyDictionary<string, string> Callouts)
{
    private static readonly string[] CalloutKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

    /// <summary>From the theme's strings in the site's language (<c>figure</c>, <c>table</c>, <c>equation</c>, <c>callout_note</c>…).</summary>
    public static ScholarlyTerms From(ThemeStrings strings) =>
        new(strings["figure"], strings["table"], strings["equation"], strings["label_separator"], strings["references"],
            CalloutKinds.ToDictionary(kind => kind, kind => strings["callout_" + kind.ToLowerInvariant()], StringComparer.Ordinal));

    /// <summary>"图 3", "Table 2", "式 (1)".</summary>
    public string Name(string label, int number) =>
        Labels.IsEquation(label) ? $"{Equation} {EquationNumber(number)}" : $"{(Labels.IsTable(label) ? Table : Figure)} {number}";

    /// <summary>"(1)": an equation's number, as shown at its right.</summary>
    public static string EquationNumber(int number) => $"({number})";

    public string CalloutTitle(string kind) =>
        Callouts.TryGetValue(kind, out var title) ? title : kind.Length == 0 ? kind : kind[0] + kind[1..].ToLowerInvariant();

    /// <summary>The CSL locale of a site language: <c>zh-CN</c> for Chinese, <c>en-US</c> for English.</summary>
    public static string CslLocale(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN"
        : language.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en-US"
        : language;
}
