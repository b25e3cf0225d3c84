using DocSite.Theme;

namespace DocSite.Charts;

/// <summary>The words a chart's text alternative adds, from the theme's strings in the site's language.</summary>
public sealed record ChartLabels(string Chart, string DataTable, string Series, string PartOnly, string Colon)
{
    public static ChartLabels From(ThemeStrings strings) =>
        new(strings["chart"], strings["chart_data_table"], strings["chart_series"], strings["chart_partial_data"], strings["label_separator"]);
}
