using DocSite.Diagnostics;

namespace DocSite.Notebooks;

/// <summary>The result of running (or fetching from the cache) one notebook.</summary>
/// <param name="SourcePath">The notebook, relative to the site root, with '/' separators.</param>
/// <param name="Notebook">The notebook with the outputs it has (partial if a cell failed); null if it could not be read.</param>
/// <param name="Errors">What went wrong; empty on success.</param>
/// <param name="FromCache">True when the outputs came from the cache and no worker ran.</param>
/// <param name="Elapsed">Wall time spent on this notebook.</param>
public sealed record NotebookRun(
    string SourcePath,
    ExecutedNotebook? Notebook,
    IReadOnlyList<BuildDiagnostic> Errors,
    bool FromCache,
    TimeSpan Elapsed)
{
    /// <summary>True when the notebook has outputs and no errors.</summary>
    public bool Succeeded => Errors.Count == 0 && Notebook is not null;
}
