using System.Diagnostics;
using System.Globalization;
using DocSite.Diagnostics;
using DocSite.Notebooks.Ipynb;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Progress;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Execution;

/// <summary>
/// Runs one notebook's cells in a fresh worker, enforcing the cell and notebook timeouts by killing the worker.
/// A failing cell (unless tagged <c>raises-exception</c>), a timeout or a crash stops the notebook.
/// </summary>
/// <param name="session">The preview's: its waiting worker runs the notebook when it can, and it hears of each cell.</param>
internal sealed class NotebookExecutor(INotebookProgress progress, Action<int> onWorkerStarted, Action<int> onCellStarting, NotebookSession? session = null)
{
    private static readonly TimeSpan MinimumStartTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs the plan's cells, recording each in <paramref name="notebook"/> as it completes (or stops).</summary>
    /// <returns>Why the run failed; empty when every cell ran as expected.</returns>
    public async Task<IReadOnlyList<BuildDiagnostic>> RunAsync(
        ExecutionPlan plan, ExecutedIpynb notebook, IReadOnlyList<string> libraryPaths, bool warmUp, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var path = plan.Document.SourcePath;
        using var notebookTimer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        notebookTimer.CancelAfter(plan.NotebookTimeout);

        progress.Started(path, plan.Cells.Count);
        void OnStream(WorkerMessage message) => progress.Output(path, message.Text ?? "");
        var warm = session is null ? null : await session.TakeAsync(plan.Document.Directory, libraryPaths).ConfigureAwait(false);
        warm?.StreamTo(OnStream);
        WorkerProcess worker;
        try
        {
            worker = warm ?? WorkerProcess.Start(plan.Document.Directory, libraryPaths, warmUp, OnStream);
        }
        catch (Exception e) when (e is FileNotFoundException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return [new BuildDiagnostic(path, null, null, DiagnosticCodes.WorkerCrashed, $"the notebook worker could not start: {e.Message}")];
        }

        await using (worker.ConfigureAwait(false))
        {
            onWorkerStarted(worker.ProcessId);
            if (warm is not null)
            {
                progress.Log($"{path}: runs in the warm worker (pid {warm.ProcessId}, started {Seconds(DateTime.UtcNow - warm.StartedAt)} s ago)");
                // Started in another notebook's folder, maybe; one that died meanwhile is reported by the wait for `ready`.
                await TrySendAsync(worker, new WorkerRequest(WorkerRequestKinds.Enter, Code: plan.Document.Directory)).ConfigureAwait(false);
            }

            // The first cell waits in the worker's input while its kernel starts, saving a round trip after
            // `ready`. Only the first: a later cell must not reach the worker before the one before it succeeded.
            // Not awaited yet: a request larger than the pipe's buffer is written only as the worker reads it,
            // which it does after `ready`; a worker that never gets there is killed by the wait below.
            var firstSend = plan.Cells.Count > 0 ? TrySendAsync(worker, Request(plan.Cells[0])) : Task.FromResult(false);
            var starting = DateTimeOffset.UtcNow;
            var ready = await ReceiveAsync(worker, StartTimeout(plan), notebookTimer.Token, cancellationToken).ConfigureAwait(false);
            if (ready.Message?.Kind != WorkerMessageKinds.Ready)
            {
                var failed = Failure(plan, worker, ready, cell: null, stopwatch);
                if (plan.Cells.Count == 0) return [failed];
                // The first cell was already waiting to run: it shows what stopped the notebook, as a cell that threw would.
                var first = plan.Cells[0];
                notebook.Ran(first, plan.IsInjected(first), [new ErrorOutput(ErrorName(ready), failed.Message, [])], starting, DateTimeOffset.UtcNow);
                return [failed with { Cell = first.Number }];
            }

            for (var index = 0; index < plan.Cells.Count; index++)
            {
                var cell = plan.Cells[index];
                var injected = plan.IsInjected(cell);
                progress.CellStarted(path, index + 1, cell.Number, cell.FirstLine);
                onCellStarting(cell.Number);
                session?.OnCellStarted(new CellActivity(path, index + 1, plan.Cells.Count, cell.Number, cell.FirstLine));
                var started = DateTimeOffset.UtcNow;
                if (index > 0 || !await firstSend.ConfigureAwait(false))
                {
                    await worker.SendAsync(Request(cell)).ConfigureAwait(false);
                }

                var outcome = await ReceiveAsync(worker, plan.CellTimeout, notebookTimer.Token, cancellationToken).ConfigureAwait(false);
                if (outcome.Message is not { Kind: WorkerMessageKinds.CellCompleted } completed)
                {
                    var stopped = Failure(plan, worker, outcome, cell, stopwatch);
                    // The cell shows what happened to it, as a cell that threw shows its exception.
                    notebook.Ran(cell, injected, [new ErrorOutput(ErrorName(outcome), stopped.Message, [])], started, DateTimeOffset.UtcNow);
                    return [stopped];
                }

                foreach (var update in completed.Updates ?? [])
                {
                    notebook.Update(update);
                }

                notebook.Ran(cell, injected, completed.Outputs ?? [], started, DateTimeOffset.UtcNow);
                if (completed.Failure is { } failure && !cell.HasTag(CellTags.RaisesException))
                {
                    return [CellFailed(path, cell, injected, failure)];
                }
            }
        }

        return [];
    }

    private static WorkerRequest Request(NotebookCell cell) => new(WorkerRequestKinds.Execute, cell.Number, cell.Source);

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
                await worker.KillAsync().ConfigureAwait(false);
            }

            return outcome;
        }
        catch (OperationCanceledException) when (!userToken.IsCancellationRequested)
        {
            await worker.KillAsync().ConfigureAwait(false);
            return WorkerOutcome.NotebookTimeout;
        }
        catch (OperationCanceledException)
        {
            await worker.KillAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static BuildDiagnostic Failure(ExecutionPlan plan, WorkerProcess worker, WorkerOutcome outcome, NotebookCell? cell, Stopwatch stopwatch)
    {
        var path = plan.Document.SourcePath;
        var number = cell?.Number;
        var what = cell is null ? "while the kernel was starting" : $"while running {Describe(plan, cell)}";
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
                    $"{Describe(plan, cell)} timed out after {Seconds(plan.CellTimeout)} s; the worker was killed", number);
        }

        return new BuildDiagnostic(path, null, null, DiagnosticCodes.WorkerCrashed,
            $"the worker crashed {what} ({CrashReport.Summarize(outcome.ExitCode, worker.StandardErrorHead, worker.StandardErrorTail)})", number);
    }

    private static string ErrorName(WorkerOutcome outcome) =>
        outcome.NotebookTimedOut ? ErrorOutput.NotebookTimeout
        : outcome.TimedOut ? ErrorOutput.CellTimeout
        : ErrorOutput.WorkerCrashed;

    private static BuildDiagnostic CellFailed(string path, NotebookCell cell, bool injected, CellFailure failure)
    {
        var prefix = injected ? "in the injected parameters: " : "";
        var message = failure.Name == ErrorOutput.CompilationError
            ? $"{prefix}{failure.Message}"
            : $"{prefix}{failure.Name}: {failure.Message}";
        if (failure.Frames.Count > 0)
        {
            message += "\n" + string.Join('\n', failure.Frames.Select(f => "    " + f));
        }

        return new BuildDiagnostic(path, injected ? null : failure.Line, null, DiagnosticCodes.CellFailed, message, cell.Number);
    }

    /// <summary>Starting a kernel takes seconds (more on a busy machine); a short cell timeout must not apply to it.</summary>
    private static TimeSpan StartTimeout(ExecutionPlan plan) =>
        plan.CellTimeout > MinimumStartTimeout ? plan.CellTimeout : MinimumStartTimeout;

    private static string Describe(ExecutionPlan plan, NotebookCell cell) =>
        plan.IsInjected(cell) ? "the injected parameters" : $"the cell starting `{Shorten(cell.FirstLine)}`";

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";

    private static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture);
}
