namespace DocSite.Diagnostics;

/// <summary>Collects the errors of a step (thread-safe) so one build reports all of them at once.</summary>
public sealed class DiagnosticBag
{
    private readonly List<BuildDiagnostic> _items = [];

    /// <summary>How many errors were collected so far.</summary>
    public int Count
    {
        get
        {
            lock (_items) return _items.Count;
        }
    }

    public void Add(BuildDiagnostic diagnostic)
    {
        lock (_items) _items.Add(diagnostic);
    }

    /// <summary>Throws when anything was collected, sorted by place so the output is stable, each error once.</summary>
    public void ThrowIfAny()
    {
        lock (_items)
        {
            if (_items.Count == 0) return;
            var sorted = _items
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Cell ?? 0)
                .ThenBy(d => d.Line ?? 0)
                .ThenBy(d => d.Column ?? 0)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
            throw new BuildFailedException(sorted);
        }
    }
}
