using System.Globalization;
using System.Text;

namespace DocSite.Notebooks.Sharding;

/// <summary>Which shard runs which notebook. Notebooks whose outputs are cached run nowhere.</summary>
/// <param name="Shards">The notebooks of shard 1, 2, …, N.</param>
/// <param name="Cached">Notebooks no shard runs.</param>
public sealed record ShardPlan(IReadOnlyList<IReadOnlyList<PlannedNotebook>> Shards, IReadOnlyList<string> Cached)
{
    public IReadOnlyList<PlannedNotebook> NotebooksOf(Shard shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return Shards[shard.Number - 1];
    }

    /// <summary>The plan as the dry run prints it: one line per shard, then one per notebook.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Shards.Count; i++)
        {
            var notebooks = Shards[i];
            text.Append(CultureInfo.InvariantCulture, $"shard {i + 1}/{Shards.Count}: {notebooks.Count} notebooks, about {notebooks.Sum(n => n.EstimatedSeconds):F1} s\n");
            foreach (var notebook in notebooks)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $"  {notebook.SourcePath} ({notebook.EstimatedSeconds:F1} s{(notebook.Recorded ? "" : ", never run: estimated")})\n");
            }
        }

        text.Append(CultureInfo.InvariantCulture, $"cached (run by no shard): {Cached.Count} notebooks\n");
        foreach (var notebook in Cached) text.Append("  ").Append(notebook).Append('\n');
        return text.ToString();
    }
}
