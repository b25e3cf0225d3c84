namespace DocSite.Notebooks.Reading;

/// <summary>A cell as read from the notebook file.</summary>
/// <param name="Number">1-based position in the file.</param>
/// <param name="Kind">Markdown, code or raw.</param>
/// <param name="KernelName">Normalized kernel name (see <see cref="KernelNames"/>).</param>
/// <param name="Source">The text, as written.</param>
/// <param name="Tags">Tags from metadata and from <c>//| tags:</c> lines, without duplicates.</param>
internal sealed record SourceCell(int Number, CellKind Kind, string KernelName, string Source, IReadOnlyList<string> Tags)
{
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The first non-empty line, for error messages and progress.</summary>
    public string FirstLine =>
        Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
