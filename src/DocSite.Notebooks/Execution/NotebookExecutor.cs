using System.Diagnostics;
using System.Globalization;
using DocSite.Diagnostics;
using DocSite.Notebooks.Caching;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Progress;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Execution;

/// <summary>
/// Runs one notebook's cells in a fresh worker, enforcing the cell and notebook timeouts by killing the worker.
/// A failing cell (unless tagged <c>raises-exception</c>), a timeout or a crash stops the notebook.
/// </summary>
internal sealed class NotebookExecutor(INotebookProgress progress, Action<int> onWorkerStarted, Action<int> onCellStarting)
{
    private static readonly TimeSpan MinimumStartTimeout = TimeSpan.FromMinutes(2);

    public async Task<ExecutionResult> RunAsync(ExecutionPlan plan, IReadOnlyList<string> libraryPaths, bool warmUp, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var path = plan.Document.SourcePath;
        var cells = new List<CachedCell>();
        var errors = new List<BuildDiagnostic>();
        using var notebookTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        notebookTimer.CancelAfter(plan.NotebookTimeout);

        progress.Started(path, plan.Cells.Count);
        WorkerProcess worker;
        try
        {
            worker = WorkerProcess.Start(plan.Document.Directory, libraryPaths, warmUp, message => progress.Output(path, message.Text ?? ""));
        }
        catch (Exception e) when (e is FileNotFoundException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            errors.Add(new BuildDiagnostic(path, null, null, DiagnosticCodes.WorkerCrashed, $"the notebook worker could not start: {e.Message}"));
            return new ExecutionResult(cells, errors, stopwatch.Elapsed);
        }

        await using (worker.ConfigureAwait(false))
        {
            onWorkerStarted(worker.ProcessId);

            // The first cell waits in the worker's input while its kernel starts, saving a round trip after
            // `ready`. Only the first: a later cell must not reach the worker before the one before it succeeded.
            // Not awaited yet: a request larger than the pipe's buffer is written only as the worker reads it,
            // which it does after `ready`; a worker that never gets there is killed by the wait below.
            var firstSend = plan.Cells.Count > 0 ? TrySendAsync(worker, Request(plan.Cells[0])) : Task.FromResult(false);
            var ready = await ReceiveAsync(worker, StartTimeout(plan), notebookTimer.Token, cancellationToken).ConfigureAwait(false);
            if (ready.Message?.Kind != WorkerMessageKinds.Ready)
            {
                errors.Add(Failure(plan, worker, ready, cell: null, stopwatch));
                return new ExecutionResult(cells, errors, stopwatch.Elapsed);
            }

            for (var index = 0; index < plan.Cells.Count; index++)
            {
                var cell = plan.Cells[index];
                progress.CellStarted(path, index + 1, cell.Number, cell.FirstLine);
                onCellStarting(cell.Number);
                if (index > 0 || !await firstSend.ConfigureAwait(false))
                {
                    await worker.SendAsync(Request(cell)).ConfigureAwait(false);
                }

                var outcome = await ReceiveAsync(worker, plan.CellTimeout, notebookTimer.Token, cancellationToken).ConfigureAwait(false);
                if (outcome.Message is not { Kind: WorkerMessageKinds.CellCompleted } completed)
                {
                    var stopped = Failure(plan, worker, outcome, cell, stopwatch);
                    errors.Add(stopped);
                    // The cell shows what happened to it, as a cell that threw shows its exception.
                    cells.Add(new CachedCell(cell.Number, cell.IsInjected, [new ErrorOutput(ErrorName(outcome), stopped.Message, [])]));
                    break;
                }

                ApplyUpdates(cells, completed.Updates);
                cells.Add(new CachedCell(cell.Number, cell.IsInjected, completed.Outputs ?? []));
                if (completed.Failure is { } failure && !cell.RaisesException)
                {
                    errors.Add(CellFailed(path, cell, failure));
                    break;
                }
            }
        }

        return new ExecutionResult(cells, errors, stopwatch.Elapsed);
    }

    /// <summary>A cell updated what earlier cells displayed: their outputs show the last value, as in an editor.</summary>
    private static void ApplyUpdates(List<CachedCell> cells, IReadOnlyList<DisplayUpdate>? updates)
    {
        // `cells` holds one entry per cell the worker ran, in order: an update's run is its index.
        foreach (var update in updates ?? [])
        {
            if (update.Run >= 0 && update.Run < cells.Count && update.Index >= 0 && update.Index < cells[update.Run].Outputs.Count)
            {
                var outputs = cells[update.Run].Outputs.ToArray();
                outputs[update.Index] = update.Output;
                cells[update.Run] = cells[update.Run] with { Outputs = outputs };
            }
        }
    }

    private static WorkerRequest Request(PlannedCell cell) => new(WorkerRequestKinds.Execute, cell.Number, cell.Code);

    /// <summary>Sends before the worker is ready; a worker that dies or is killed first is reported by the wait for `ready`.</summary>
    private static async Task<bool> TrySendAsync(WorkerProcess worker, WorkerRequest request)
    {
        try
        {
            await worker.SendAsync(request).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Waits for the worker; on any timeout the worker is killed before returning.</summary>
    private static async Task<WorkerOutcome> ReceiveAsync(
        WorkerProcess worker, TimeSpan cellTimeout, CancellationToken notebookToken, CancellationToken userToken)
    {
        try
        {
            var outcome = await worker.ReceiveAsync(cellTimeout, notebookToken).ConfigureAwait(false);
            if (outcome.TimedOut)
            {
                worker.Kill();
            }

            return outcome;
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            worker.Kill();
            return WorkerOutcome.NotebookTimeout;
        }
        catch (OperationCanceledException)
        {
            worker.Kill();
            throw;
        }
    }

    private static BuildDiagnostic Failure(ExecutionPlan plan, WorkerProcess worker, WorkerOutcome outcome, PlannedCell? cell, Stopwatch stopwatch)
    {
        var path = plan.Document.SourcePath;
        var number = cell?.Number;
        var what = cell is null ? "while the kernel was starting" : $"while running {Describe(cell)}";
        if (outcome.NotebookTimedOut)
        {
            return new BuildDiagnostic(path, null, null, DiagnosticCodes.NotebookTimeout,
                $"the notebook timed out after {Seconds(plan.NotebookTimeout)} s (ran {Seconds(stopwatch.Elapsed)} s) {what}; the worker was killed", number);
        }

        if (outcome.TimedOut)
        {
            return cell is null
                ? new BuildDiagnostic(path, null, null, DiagnosticCodes.WorkerCrashed,
                    $"the worker did not start within {Seconds(StartTimeout(plan))} s; the worker was killed")
                : new BuildDiagnostic(path, null, null, DiagnosticCodes.NotebookTimeout,
                    $"{Describe(cell)} timed out after {Seconds(plan.CellTimeout)} s; the worker was killed", number);
        }

        return new BuildDiagnostic(path, null, null, DiagnosticCodes.WorkerCrashed,
            $"the worker crashed {what} ({CrashReport.Summarize(outcome.ExitCode, worker.StandardErrorHead, worker.StandardErrorTail)})", number);
    }

    private static string ErrorName(WorkerOutcome outcome) =>
        outcome.NotebookTimedOut ? ErrorOutput.NotebookTimeout
        : outcome.TimedOut ? ErrorOutput.CellTimeout
        : ErrorOutput.WorkerCrashed;

    private static BuildDiagnostic CellFailed(string path, PlannedCell cell, CellFailure failure)
    {
        var prefix = cell.IsInjected ? "in the injected parameters: " : "";
        var message = failure.Name == ErrorOutput.CompilationError
            ? $"{prefix}{failure.Message}"
            : $"{prefix}{failure.Name}: {failure.Message}";
        if (failure.Frames.Count > 0)
        {
            message += "\n" + string.Join('\n', failure.Frames.Select(f => "    " + f));
        }

        return new BuildDiagnostic(path, cell.IsInjected ? null : failure.Line, null, DiagnosticCodes.CellFailed, message, cell.Number);
    }

    /// <summary>Starting a kernel takes seconds (more on a busy machine); a short cell timeout must not apply to it.</summary>
    private static TimeSpan StartTimeout(ExecutionPlan plan) =>
        plan.CellTimeout > MinimumStartTimeout ? plan.CellTimeout : MinimumStartTimeout;

    private static string Describe(PlannedCell cell) =>
        cell.IsInjected ? "the injected parameters" : $"the cell starting `{Shorten(cell.FirstLine)}`";

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
