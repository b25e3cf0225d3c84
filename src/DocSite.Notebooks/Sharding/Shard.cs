using System.Globalization;

namespace DocSite.Notebooks.Sharding;

/// <summary>One of <see cref="Count"/> machines that share a site's notebooks (<c>--shard 2/3</c>); <see cref="Number"/> counts from 1.</summary>
public sealed record Shard(int Number, int Count)
{
    /// <summary>Reads "K/N" with 1 ≤ K ≤ N; null when the text is not that.</summary>
    public static Shard? TryParse(string? text)
    {
        var parts = (text ?? "").Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1 || number < 1 || number > count)
        {
            return null;
        }

        return new Shard(number, count);
    }

    public override string ToString() => $"{Number}/{Count}";
}
