using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Tests;

/// <summary>Helpers to read outputs in assertions.</summary>
internal static class OutputText
{
    public static NotebookCell Cell(this NotebookRun run, int number) =>
        run.Notebook!.Cells.Single(c => c.Number == number);

    public static string Stdout(this NotebookCell cell) =>
        string.Concat(cell.Outputs.OfType<StreamOutput>().Where(s => s.Name == StreamOutput.StandardOutput).Select(s => s.Text));

    public static string Stderr(this NotebookCell cell) =>
        string.Concat(cell.Outputs.OfType<StreamOutput>().Where(s => s.Name == StreamOutput.StandardError).Select(s => s.Text));

    public static IEnumerable<DisplayOutput> Displays(this NotebookCell cell) => cell.Outputs.OfType<DisplayOutput>();

    public static string Errors(this NotebookRun run) => string.Join("\n", run.Errors);
}
