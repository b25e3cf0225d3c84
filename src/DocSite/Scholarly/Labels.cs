namespace DocSite.Scholarly;

/// <summary>Quarto's label prefixes: <c>fig-</c> for figures, <c>tbl-</c> for tables, <c>eq-</c> for equations.</summary>
public static class Labels
{
    public const string FigurePrefix = "fig-";
    public const string TablePrefix = "tbl-";
    public const string EquationPrefix = "eq-";

    public static bool IsLabel(string id) => IsFigure(id) || IsTable(id) || IsEquation(id);

    public static bool IsFigure(string id) => id.StartsWith(FigurePrefix, StringComparison.Ordinal);

    public static bool IsTable(string id) => id.StartsWith(TablePrefix, StringComparison.Ordinal);

    public static bool IsEquation(string id) => id.StartsWith(EquationPrefix, StringComparison.Ordinal);
}
