using System.Globalization;

namespace DocSite.Notebooks.Progress;

/// <summary>Progress as plain log lines, for CI and redirected output: one line per notebook start, slow cell and result.</summary>
internal sealed class PlainProgress(Action<string> log) : INotebookProgress
{
    public void Started(string notebook, int cellCount) => log($"{notebook}: running {cellCount} cells");

    public void CellStarted(string notebook, int index, int cellNumber, string firstLine)
    {
    }

    public void Output(string notebook, string text)
    {
    }

    public void Finished(NotebookRun run)
    {
        var seconds = run.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture);
        var state = run.Succeeded ? (run.FromCache ? "cached" : $"ran in {seconds} s") : $"failed after {seconds} s";
        if (!run.FromCache || !run.Succeeded)
        {
            log($"{run.SourcePath}: {state}");
        }
    }

    public void Log(string line) => log(line);
}
