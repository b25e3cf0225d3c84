using DocSite.Tests.Support;

namespace DocSite.Tests.Publishing;

/// <summary>
/// The GitHub Actions matrix on one machine: three shard builds in three copies of a site with four notebooks,
/// each with an empty cache; their caches merged (copied) into a fourth copy, built there with --no-execute.
/// </summary>
public sealed class ShardedBuildTests
{
    private const string Fixture = "shard-site";
    private const int NotebookCount = 4;

    [Fact]
    public async Task Three_shards_and_a_merge_build_give_the_single_machine_site_byte_for_byte()
    {
        using var single = TestSite.CopyOf(Fixture);
        using var merged = TestSite.CopyOf(Fixture);
        using var shard1 = TestSite.CopyOf(Fixture);
        using var shard2 = TestSite.CopyOf(Fixture);
        using var shard3 = TestSite.CopyOf(Fixture);
        var singleRun = await single.BuildAsync();
        Assert.True(singleRun.ExitCode == 0, singleRun.Errors);

        var workers = 0;
        foreach (var (shard, number) in new[] { (shard1, 1), (shard2, 2), (shard3, 3) })
        {
            var run = await shard.BuildAsync("--shard", $"{number}/3");
            Assert.True(run.ExitCode == 0, run.Errors);
            Assert.False(Directory.Exists(shard.Output), "a shard build writes no site");
            workers += run.WorkersStarted ?? 0;
            CopyFolder(CacheOf(shard), CacheOf(merged));
        }
        var mergedRun = await merged.BuildAsync("--no-execute");

        Assert.Equal(NotebookCount, workers);
        Assert.True(mergedRun.ExitCode == 0, mergedRun.Errors);
        Assert.Equal(0, mergedRun.WorkersStarted ?? 0);
        Assert.Equal(TestSite.Snapshot(single.Output), TestSite.Snapshot(merged.Output));
        Assert.Contains("10、20、", single.ReadOutput("index.html"));
        Assert.Contains("30、40", single.ReadOutput("index.html"));
    }

    [Fact]
    public async Task The_dry_run_prints_every_notebook_in_one_shard_and_runs_nothing()
    {
        using var site = TestSite.CopyOf(Fixture);

        var run = await site.BuildAsync("--shard", "2/3", "--dry-run");

        Assert.True(run.ExitCode == 0, run.Errors);
        Assert.Null(run.WorkersStarted);
        Assert.Contains("shard 1/3: 2 notebooks", run.Output);
        Assert.Contains("shard 2/3: 1 notebooks", run.Output);
        Assert.Contains("shard 3/3: 1 notebooks", run.Output);
        foreach (var notebook in new[] { "one", "two", "three", "four" })
            Assert.Single(run.Output.Split('\n'), line => line.Contains($"notebooks/{notebook}.dib (", StringComparison.Ordinal));
        Assert.False(Directory.Exists(CacheOf(site)));
    }

    [Fact]
    public async Task Once_every_notebook_is_cached_a_shard_runs_nothing_and_the_plan_balances_by_recorded_times()
    {
        using var site = TestSite.CopyOf(Fixture);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var cachedRun = await site.BuildAsync("--shard", "1/2");
        site.Write("notebooks/one.dib", File.ReadAllText(site.PathOf("notebooks/one.dib")).Replace("1 * 10", "10", StringComparison.Ordinal));
        var plan = await site.BuildAsync("--shard", "1/2", "--dry-run");

        Assert.True(cachedRun.ExitCode == 0, cachedRun.Errors);
        Assert.Contains("shard 1/2: 0 of 4 notebooks to run (4 cached)", cachedRun.Output);
        Assert.Null(cachedRun.WorkersStarted);
        Assert.Matches(@"notebooks/one\.dib \(\d+\.\d s\)", plan.Output);
        Assert.DoesNotContain("never run", plan.Output);
    }

    [Fact]
    public async Task Clean_cache_unused_keeps_exactly_the_entries_the_notebooks_use()
    {
        using var site = TestSite.CopyOf(Fixture);
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var used = EntriesOf(site);
        site.Write("notebooks/two.dib", File.ReadAllText(site.PathOf("notebooks/two.dib")).Replace("2 * 10", "20", StringComparison.Ordinal));
        site.Write("notebooks/four.dib", File.ReadAllText(site.PathOf("notebooks/four.dib")).Replace("4 * 10", "40", StringComparison.Ordinal));
        File.Delete(site.PathOf("notebooks/three.dib"));
        site.Write("input/index.md", "---\ntitle: 首页\n---\n`nb:../notebooks/two.dib#value:N0`\n");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var afterEdits = EntriesOf(site);
        var outputBefore = TestSite.Snapshot(site.Output);

        var clean = await site.RunAsync("clean", "--root", site.Root, "--cache", "--unused");

        Assert.True(clean.ExitCode == 0, clean.Errors);
        Assert.Equal(NotebookCount + 2, afterEdits.Count);
        var kept = EntriesOf(site);
        // one.dib's entry from the first build, and the new entries of two.dib and four.dib: nothing else.
        Assert.Equal(3, kept.Count);
        Assert.Subset(kept, afterEdits.Except(used).ToHashSet());
        Assert.Single(used, kept.Contains);
        Assert.Equal(3, Directory.GetFiles(Path.Combine(CacheOf(site), "times")).Length);
        Assert.Equal(outputBefore, TestSite.Snapshot(site.Output));
        Assert.Equal(0, (await site.BuildAsync("--no-execute")).ExitCode);
    }

    private static string CacheOf(TestSite site) => site.PathOf(Path.Combine(".cache", "notebooks"));

    /// <summary>The cache entries (content-addressed executed notebooks), by file name.</summary>
    private static HashSet<string> EntriesOf(TestSite site) =>
        Directory.EnumerateFiles(CacheOf(site), "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f))!.Length == 2)
            .Select(Path.GetFileName)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

    // Merging shard caches is copying: entries are content-addressed, so the same name is the same content.
    private static void CopyFolder(string from, string to)
    {
        if (!Directory.Exists(from)) return;
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
