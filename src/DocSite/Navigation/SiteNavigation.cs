namespace DocSite.Navigation;

/// <summary>The navigation tree plus the reading order (every page node, depth first) for previous/next links.</summary>
public sealed class SiteNavigation
{
    private readonly Dictionary<string, int> _positionBySource = new(StringComparer.Ordinal);
    private readonly Dictionary<NavNode, NavNode?> _parents = new(ReferenceEqualityComparer.Instance);

    public SiteNavigation(IReadOnlyList<NavNode> roots)
    {
        Roots = roots;
        var order = new List<NavNode>();
        Walk(roots, null, order);
        ReadingOrder = order;
    }

    public IReadOnlyList<NavNode> Roots { get; }

    public IReadOnlyList<NavNode> ReadingOrder { get; }

    public NavNode? Find(string sourcePath) =>
        _positionBySource.TryGetValue(sourcePath, out var index) ? ReadingOrder[index] : null;

    /// <summary>The nodes from the top of the tree down to (and including) the page's node.</summary>
    public IReadOnlyList<NavNode> TrailTo(string sourcePath)
    {
        var trail = new List<NavNode>();
        for (var node = Find(sourcePath); node is not null; node = _parents[node]) trail.Insert(0, node);
        return trail;
    }

    public (NavNode? Previous, NavNode? Next) Neighbours(string sourcePath)
    {
        if (!_positionBySource.TryGetValue(sourcePath, out var index)) return (null, null);
        return (index > 0 ? ReadingOrder[index - 1] : null, index + 1 < ReadingOrder.Count ? ReadingOrder[index + 1] : null);
    }

    private void Walk(IReadOnlyList<NavNode> nodes, NavNode? parent, List<NavNode> order)
    {
        foreach (var node in nodes)
        {
            _parents[node] = parent;
            if (node.SourcePath is not null && _positionBySource.TryAdd(node.SourcePath, order.Count)) order.Add(node);
            Walk(node.Children, node, order);
        }
    }
}
