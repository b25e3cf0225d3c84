namespace DocSite.Scholarly;

/// <summary>The words numbered figures, tables, callouts and bibliographies are shown with, in the site's language.</summary>
public sealed record ScholarlyTerms(string Figure, string Table, string CaptionSeparator, string References, IReadOnlyDictionary<string, string> Callouts)
{
    private static readonly ScholarlyTerms Chinese = new("图", "表", "：", "参考文献", new Dictionary<string, string>
    {
        ["NOTE"] = "注意", ["TIP"] = "提示", ["IMPORTANT"] = "重要", ["WARNING"] = "警告", ["CAUTION"] = "当心",
    });

    private static readonly ScholarlyTerms English = new("Figure", "Table", ": ", "References", new Dictionary<string, string>
    {
        ["NOTE"] = "Note", ["TIP"] = "Tip", ["IMPORTANT"] = "Important", ["WARNING"] = "Warning", ["CAUTION"] = "Caution",
    });

    /// <summary>Chinese for <c>zh</c>, <c>zh-CN</c>…; English otherwise.</summary>
    public static ScholarlyTerms For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

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
