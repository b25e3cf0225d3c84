namespace DocSite.FromNotebooks;

/// <summary>The few words notebook pages add themselves, in the site's language.</summary>
public sealed record NotebookLabels(string ShowCode, string ShowOutput)
{
    public static NotebookLabels For(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase)
            ? new NotebookLabels("显示代码", "显示输出")
            : new NotebookLabels("Show code", "Show output");
}
