using DocSite.Theme;

namespace DocSite.Scholarly;

/// <summary>The words numbered figures, tables, callouts and bibliographies are shown with, from the theme's strings in the site's language.</summary>
public sealed record ScholarlyTerms(string Figure, string Table, string CaptionSeparator, string References, IReadOnlyDictionary<string, string> Callouts)
{
    private static readonly string[] CalloutKinds = ["NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"];

    /// <summary>From the theme's strings in the site's language (<c>figure</c>, <c>table</c>, <c>callout_note</c>…).</summary>
    public static ScholarlyTerms From(ThemeStrings strings) =>
        new(strings["figure"], strings["table"], strings["label_separator"], strings["references"],
            CalloutKinds.ToDictionary(kind => kind, kind => strings["callout_" + kind.ToLowerInvariant()], StringComparer.Ordinal));

    /// <summary>"图 3", "Table 2".</summary>
    public string Name(string label, int number) => $"{(Labels.IsTable(label) ? Table : Figure)} {number}";

    public string CalloutTitle(string kind) =>
        Callouts.TryGetValue(kind, out var title) ? title : kind.Length == 0 ? kind : kind[0] + kind[1..].ToLowerInvariant();

    /// <summary>The CSL locale of a site language: <c>zh-CN</c> for Chinese, <c>en-US</c> for English.</summary>
    public static string CslLocale(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-CN"
        : language.Equals("en", StringComparison.OrdinalIgnoreCase) ? "en-US"
        : language;
}
