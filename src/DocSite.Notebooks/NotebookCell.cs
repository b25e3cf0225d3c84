using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks;

/// <summary>One cell of a notebook, with the outputs it produced when it ran (none before it runs).</summary>
/// <param name="Number">1-based position in the notebook file, as error messages name it.</param>
/// <param name="Kind">Markdown, code or raw.</param>
/// <param name="KernelName">The kernel of a code cell (<c>csharp</c>, <c>fsharp</c>…); <c>markdown</c> or <c>raw</c> otherwise.</param>
/// <param name="Source">The cell's text as written in the notebook.</param>
/// <param name="Tags">The cell's tags (see <see cref="CellTags"/>).</param>
/// <param name="Outputs">What the cell produced; empty for prose and for cells that did not run.</param>
/// <param name="ExecutionCount">The order in which the code cell ran (1, 2…), null if it did not run.</param>
public sealed record NotebookCell(
    int Number,
    CellKind Kind,
    string KernelName,
    string Source,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CellOutput> Outputs,
    int? ExecutionCount)
{
    /// <summary>Whether the cell carries <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The first non-empty line, for progress and error messages.</summary>
    internal string FirstLine => Source.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "";
}
