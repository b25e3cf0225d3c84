namespace DocSite.Charts;

/// <summary>The words a chart's text alternative adds, in the site's language.</summary>
public sealed record ChartLabels(string Chart, string DataTable, string Series, string PartOnly, string Colon)
{
    public static ChartLabels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? new ChartLabels("图表", "数据表", "系列", "表中只列出部分数据；完整数据在可下载的笔记本里。", "：")
            : new ChartLabels("Chart", "Data table", "Series", "Only part of the data is listed; the downloadable notebook has all of it.", ": ");
}
