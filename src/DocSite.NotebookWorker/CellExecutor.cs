using System.Diagnostics;
using DocSite.Notebooks.Protocol;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace DocSite.NotebookWorker;

/// <summary>Runs one cell in the kernel and describes what it produced.</summary>
internal sealed class CellExecutor(CompositeKernel kernel)
{
    private readonly DisplayRegistry _displays = new();
    private int _runs;

    public async Task<WorkerMessage> ExecuteAsync(int cell, string code)
    {
        var stopwatch = Stopwatch.StartNew();
        var collector = new OutputCollector(_runs++, _displays);
        var compileErrors = new List<Diagnostic>();
        CommandFailed? failed = null;

        var submit = new SubmitCode(code, KernelFactory.CSharpKernelName);
        var result = await kernel.SendAsync(submit).ConfigureAwait(false);
        foreach (var kernelEvent in result.Events)
        {
            collector.Add(kernelEvent);
            if (WorkerLog.Tracing)
            {
                WorkerLog.Write($"cell {cell}: {kernelEvent.GetType().Name} {(kernelEvent as DisplayEvent)?.ValueId}");
            }
            switch (kernelEvent)
            {
                case DiagnosticsProduced diagnostics:
                    compileErrors.AddRange(diagnostics.Diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
                    break;
                case CommandFailed commandFailed when failed is null || commandFailed.Command == submit:
                    failed = commandFailed;
                    break;
            }
        }

        CellFailure? failure = null;
        if (failed is not null)
        {
            failure = FailureDescriber.Describe(failed, compileErrors);
            collector.Add(FailureDescriber.ToOutput(failure, compileErrors));
        }

        return new WorkerMessage(
            WorkerMessageKinds.CellCompleted,
            Cell: cell,
            Outputs: collector.Outputs,
            Failure: failure,
            Milliseconds: stopwatch.Elapsed.TotalMilliseconds,
            Updates: collector.Updates.Count > 0 ? collector.Updates : null);
    }
}
