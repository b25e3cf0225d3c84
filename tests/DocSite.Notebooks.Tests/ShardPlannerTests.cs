using DocSite.Notebooks.Sharding;

namespace DocSite.Notebooks.Tests;

/// <summary>Every shard computes the same plan from the same cache: longest recorded first, never-run ones after, cached ones nowhere.</summary>
public sealed class ShardPlannerTests
{
    [Fact]
    public void Longest_first_each_to_the_shard_with_the_least_work()
    {
        var plan = ShardPlanner.Plan([Ran("a", 4), Ran("b", 10), Ran("c", 5), Ran("d", 7), Ran("e", 1)], 2);

        // 10 → 1, 7 → 2, 5 → 2 (12), 4 → 1 (14), 1 → 2 (13).
        Assert.Equal(["b", "a"], Names(plan, 1));
        Assert.Equal(["d", "c", "e"], Names(plan, 2));
    }

    [Fact]
    public void Cached_notebooks_run_nowhere_and_never_run_ones_come_last_in_path_order_at_the_average_time()
    {
        var plan = ShardPlanner.Plan(
            [Never("z"), Ran("a", 6), new NotebookCacheState("cached", "k", Cached: true, 100), Never("m"), Ran("b", 2)], 2);

        Assert.Equal(["cached"], plan.Cached);
        // 6 → 1, 2 → 2, then m and z at the average, 4: m → 2 (6), z → 1 (the tie goes to the lower shard).
        Assert.Equal(["a", "z"], Names(plan, 1));
        Assert.Equal(["b", "m"], Names(plan, 2));
        Assert.All(plan.Shards.SelectMany(s => s).Where(n => !n.Recorded), n => Assert.Equal(4, n.EstimatedSeconds));
    }

    [Fact]
    public void Without_any_recorded_time_notebooks_are_dealt_in_path_order()
    {
        var plan = ShardPlanner.Plan([Never("d"), Never("b"), Never("a"), Never("c"), Never("e")], 3);

        Assert.Equal(["a", "d"], Names(plan, 1));
        Assert.Equal(["b", "e"], Names(plan, 2));
        Assert.Equal(["c"], Names(plan, 3));
    }

    [Fact]
    public void The_plan_does_not_depend_on_the_order_notebooks_are_listed_in()
    {
        NotebookCacheState[] notebooks = [Ran("a", 3), Ran("b", 3), Never("c"), Ran("d", 1), Never("e"), Ran("f", 8)];

        var orders = Enumerable.Range(0, notebooks.Length).Select(i => notebooks.Skip(i).Concat(notebooks.Take(i)).ToArray()).Append(notebooks.Reverse().ToArray());
        var plans = orders.Select(order => ShardPlanner.Plan(order, 3).Describe()).Distinct();

        Assert.Single(plans);
    }

    [Theory]
    [InlineData("1/3", 1, 3)]
    [InlineData("3/3", 3, 3)]
    [InlineData("0/3", 0, 0)]
    [InlineData("4/3", 0, 0)]
    [InlineData("1/0", 0, 0)]
    [InlineData("x/3", 0, 0)]
    [InlineData("2", 0, 0)]
    public void Shards_are_written_k_of_n(string text, int number, int count) =>
        Assert.Equal(count == 0 ? null : new Shard(number, count), Shard.TryParse(text));

    private static NotebookCacheState Ran(string name, double seconds) => new(name, "key-" + name, Cached: false, seconds);

    private static NotebookCacheState Never(string name) => new(name, "key-" + name, Cached: false, null);

    private static string[] Names(ShardPlan plan, int shard) => plan.Shards[shard - 1].Select(n => n.SourcePath).ToArray();
}
