using System.Collections.Concurrent;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DocSite.Notebooks.Progress;

/// <summary>
/// A live table on the terminal (stderr): one row per running notebook with its current cell, elapsed time and
/// last printed line, so a hang is visible and attributable. Log lines are held back until the display ends.
/// </summary>
internal sealed class LiveProgress(Action<string> log) : INotebookProgress
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<string, NotebookActivity> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _held = new();
    private int _finished;
    private int _failed;

    public async Task<T> RunAsync<T>(Func<INotebookProgress, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Live(Render()).AutoClear(true).StartAsync(async context =>
        {
            var task = work(this);
            while (!task.IsCompleted)
            {
                await Task.WhenAny(task, Task.Delay(RefreshInterval)).ConfigureAwait(false);
                context.UpdateTarget(Render());
            }

            result = await task.ConfigureAwait(false);
        }).ConfigureAwait(false);

        while (_held.TryDequeue(out var line))
        {
            log(line);
        }

        return result;
    }

    public void Started(string notebook, int cellCount) => _running[notebook] = new NotebookActivity(notebook, cellCount);

    public void CellStarted(string notebook, int index, int cellNumber, string firstLine)
    {
        if (_running.TryGetValue(notebook, out var activity))
        {
            activity.CellIndex = index;
            activity.CellNumber = cellNumber;
            activity.FirstLine = firstLine;
            activity.LastOutput = "";
        }
    }

    public void Output(string notebook, string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (line is not null && _running.TryGetValue(notebook, out var activity))
        {
            activity.LastOutput = line;
        }
    }

    public void Finished(NotebookRun run)
    {
        _running.TryRemove(run.SourcePath, out _);
        Interlocked.Increment(ref _finished);
        if (!run.Succeeded)
        {
            Interlocked.Increment(ref _failed);
        }
        else if (!run.FromCache)
        {
            _held.Enqueue($"{run.SourcePath}: ran in {run.Elapsed.TotalSeconds:F1} s");
        }
    }

    public void Log(string line) => _held.Enqueue(line);

    private IRenderable Render()
    {
        var table = new Table().Border(TableBorder.Simple).Expand();
        table.AddColumn("notebook");
        table.AddColumn("cell");
        table.AddColumn(new TableColumn("time").RightAligned());
        table.AddColumn("running / last output");
        foreach (var activity in _running.Values.OrderBy(a => a.Notebook, StringComparer.Ordinal))
        {
            var cell = activity.CellIndex == 0 ? "starting" : $"{activity.CellIndex}/{activity.CellCount} (#{activity.CellNumber})";
            var detail = activity.LastOutput.Length > 0 ? activity.LastOutput : activity.FirstLine;
            table.AddRow(
                Markup.Escape(activity.Notebook),
                Markup.Escape(cell),
                $"{activity.Elapsed.Elapsed.TotalSeconds:F0} s",
                Markup.Escape(detail.Length > 60 ? detail[..57] + "..." : detail));
        }

        table.Caption($"{_finished} done, {_failed} failed, {_running.Count} running");
        return table;
    }
}
