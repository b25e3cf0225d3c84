namespace DocSite.Notebooks;

/// <summary>
/// Cell tags the engine and the site understand (Jupyter's <c>metadata.tags</c>; in any code cell, also a
/// leading <c>//| tags: a, b</c> line, which is how a .dib notebook sets them).
/// </summary>
public static class CellTags
{
    /// <summary>The page shows the code collapsed.</summary>
    public const string HideInput = "hide-input";

    /// <summary>The page shows the outputs collapsed.</summary>
    public const string HideOutput = "hide-output";

    /// <summary>The page leaves the code out.</summary>
    public const string RemoveInput = "remove-input";

    /// <summary>The page leaves the outputs out.</summary>
    public const string RemoveOutput = "remove-output";

    /// <summary>The page leaves the whole cell out (it still runs).</summary>
    public const string RemoveCell = "remove-cell";

    /// <summary>The cell is expected to fail: its error is shown as output and the notebook goes on.</summary>
    public const string RaisesException = "raises-exception";

    /// <summary>The cell is never run (it may even be for a kernel the engine does not run).</summary>
    public const string SkipExecution = "skip-execution";

    /// <summary>The cell holding default parameter values; overrides are injected in a cell after it.</summary>
    public const string Parameters = "parameters";

    /// <summary>Marks the cell the engine injected after the parameters cell (in the executed .ipynb).</summary>
    public const string InjectedParameters = "injected-parameters";

    /// <summary>
    /// <c>publish:name</c> publishes the cell's result (else its last displayed value) under <c>name</c>, as
    /// <c>publish("name", value)</c> does in code.
    /// </summary>
    public const string PublishPrefix = "publish:";

    /// <summary>The name a <c>publish:name</c> tag gives the cell's output, if the cell has one.</summary>
    public static string? PublishedName(NotebookCell cell) =>
        cell.Tags.FirstOrDefault(t => t.StartsWith(PublishPrefix, StringComparison.Ordinal) && t.Length > PublishPrefix.Length)?[PublishPrefix.Length..];
}
