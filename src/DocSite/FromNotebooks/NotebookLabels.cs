using DocSite.Charts;
using DocSite.Theme;

namespace DocSite.FromNotebooks;

/// <summary>The few words notebook pages add themselves, from the theme's strings in the site's language.</summary>
public sealed record NotebookLabels(string ShowCode, string ShowOutput, string InstalledPackages, string Output, ChartLabels Charts)
{
    public static NotebookLabels From(ThemeStrings strings) =>
        new(strings["show_code"], strings["show_output"], strings["installed_packages"], strings["output_region"], ChartLabels.From(strings));
}
