using DocSite.Charts;

namespace DocSite.FromNotebooks;

/// <summary>The few words notebook pages add themselves, in the site's language.</summary>
public sealed record NotebookLabels(string ShowCode, string ShowOutput)
{
    public ChartLabels Charts { get; init; } = ChartLabels.For("en");

    public static NotebookLabels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? new NotebookLabels("显示代码", "显示输出") { Charts = ChartLabels.For(language) }
            : new NotebookLabels("Show code", "Show output");
}
