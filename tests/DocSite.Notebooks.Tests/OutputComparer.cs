using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Tests;

/// <summary>Compares outputs by value (records compare dictionaries and lists by reference).</summary>
internal sealed class OutputComparer : IEqualityComparer<CellOutput>
{
    public static readonly OutputComparer Instance = new();

    public bool Equals(CellOutput? x, CellOutput? y) => (x, y) switch
    {
        (DisplayOutput a, DisplayOutput b) => a.IsResult == b.IsResult && a.Data.OrderBy(d => d.Key).SequenceEqual(b.Data.OrderBy(d => d.Key)),
        (ErrorOutput a, ErrorOutput b) => a.Name == b.Name && a.Message == b.Message && a.Frames.SequenceEqual(b.Frames),
        _ => Equals((object?)x, y),
    };

    public int GetHashCode(CellOutput obj) => obj.GetType().GetHashCode();
}
