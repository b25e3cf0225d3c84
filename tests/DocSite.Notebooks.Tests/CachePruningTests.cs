using DocSite.Notebooks.Caching;

namespace DocSite.Notebooks.Tests;

/// <summary>Pruning leaves exactly the entries the notebooks, as they are now, use (no worker starts: notebooks without code).</summary>
public sealed class CachePruningTests : IDisposable
{
    private const string Notes = "notebooks/notes.ipynb";
    private const string MarkdownOnly = "notebooks/markdown-only.ipynb";
    private readonly FixtureRoot _root = new();

    [Fact]
    public async Task Pruning_keeps_the_entries_of_current_notebooks_and_nothing_else()
    {
        // A notebook's declared inputs are part of its key: each version of data.txt is another entry.
        File.WriteAllText(_root.PathOf("notes.ipynb"), """
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 笔记"]}],
             "metadata": {"docsite": {"inputs": ["data.txt"]}}, "nbformat": 4, "nbformat_minor": 5}
            """);
        File.WriteAllText(_root.PathOf("data.txt"), "first");
        var engine = _root.Engine();
        await engine.RunAsync([Notes, MarkdownOnly], CancellationToken.None);
        var first = Entries();
        File.WriteAllText(_root.PathOf("data.txt"), "second");
        await engine.RunAsync([Notes], CancellationToken.None);
        var times = new RunTimes(_root.CacheDirectory);
        times.Write(Notes, TimeSpan.FromSeconds(3));
        times.Write("notebooks/deleted.ipynb", TimeSpan.FromSeconds(5));
        Directory.CreateDirectory(Path.Combine(_root.CacheDirectory, "native", "TorchSharp-cpu"));
        var current = (await engine.InspectCacheAsync([Notes, MarkdownOnly], CancellationToken.None)).Select(s => s.Key + ".json").ToHashSet();

        var removed = await engine.PruneCacheAsync([Notes, MarkdownOnly], CancellationToken.None);

        Assert.Equal(2, first.Count);
        Assert.Equal(3, first.Union(current).Count());
        Assert.Equal(current, Entries());
        Assert.Equal(2, removed);
        Assert.Equal(3, times.TryRead(Notes));
        Assert.Null(times.TryRead("notebooks/deleted.ipynb"));
        Assert.True(Directory.Exists(Path.Combine(_root.CacheDirectory, "native", "TorchSharp-cpu")), "TorchSharp's prepared libraries are not entries");
    }

    public void Dispose() => _root.Dispose();

    private HashSet<string> Entries() =>
        Directory.EnumerateFiles(_root.CacheDirectory, "*.json", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f))!.Length == 2)
            .Select(f => Path.GetFileName(f))
            .ToHashSet(StringComparer.Ordinal);
}
