using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Notebooks;

namespace DocSite.Pipeline;

/// <summary>
/// The pages of the notebooks that ran, the extra files they bring (the executed .ipynb downloads), what they
/// published, and the errors of those that failed.
/// </summary>
public sealed record NotebookPagesResult(IReadOnlyList<Page> Pages, IReadOnlyList<OutputFile> Files)
{
    /// <summary>Published results by notebook source path, for the notebooks that ran.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, PublishedResult>> Results { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, PublishedResult>>();

    /// <summary>The errors of each notebook that failed, by its source path.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<BuildDiagnostic>> Failures { get; init; } =
        new Dictionary<string, IReadOnlyList<BuildDiagnostic>>();
}
