namespace DocSite.NotebookWorker;

/// <summary>
/// Where each displayed value of the notebook is, by the kernel's value id, so that a later cell can update it:
/// which cell run (0 for the first cell the worker ran) and which of its outputs.
/// </summary>
internal sealed class DisplayRegistry
{
    private readonly Dictionary<string, (int Run, int Index)> _positions = new(StringComparer.Ordinal);

    public void Add(string valueId, int run, int index) => _positions[valueId] = (run, index);

    public bool TryFind(string valueId, out (int Run, int Index) position) => _positions.TryGetValue(valueId, out position);
}
