namespace DocSite.NotebookWorker;

/// <summary>Where each displayed value of the notebook is, by the kernel's value id, so that a later cell can update it.</summary>
internal sealed class DisplayRegistry
{
    private readonly Dictionary<string, (int Cell, int Index)> _positions = new(StringComparer.Ordinal);

    public void Add(string valueId, int cell, int index) => _positions[valueId] = (cell, index);

    public bool TryFind(string valueId, out (int Cell, int Index) position) => _positions.TryGetValue(valueId, out position);
}
