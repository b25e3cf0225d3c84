namespace DocSite.Pipeline;

/// <summary>
/// Turns the site's notebooks into pages (executing them or reading them from the cache). Kept behind this
/// interface so the generator does not depend on how notebooks run.
/// </summary>
public interface INotebookPages
{
    /// <returns>
    /// One page per notebook that ran, its blocks not analysed yet, the files they bring (the executed downloads),
    /// what each published, and the errors of those that failed (reported, not thrown, so pages can name them).
    /// </returns>
    Task<NotebookPagesResult> BuildAsync(IReadOnlyList<string> notebooks, BuildContext context);
}
