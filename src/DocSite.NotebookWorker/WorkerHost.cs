using System.Diagnostics;
using System.Reactive.Linq;
using System.Text;
using System.Text.Json;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Processes;
using DocSite.Notebooks.Protocol;
using Microsoft.DotNet.Interactive.Events;

namespace DocSite.NotebookWorker;

/// <summary>The worker's main loop: build the kernel, then run the cells the engine sends, one at a time.</summary>
internal static class WorkerHost
{
    public static async Task<int> RunAsync()
    {
        var stopwatch = Stopwatch.StartNew();
        var channel = new ProtocolChannel(StandardOutputRedirect.TakeProtocolStream());
        var input = new StreamReader(Console.OpenStandardInput(), new UTF8Encoding(false));

        // The engine asks for it only when a core is free: it saves wall time but costs some CPU.
        var warmup = Environment.GetEnvironmentVariable("DOCSITE_WORKER_WARMUP") == "1" ? CompilerWarmup.Start() : Task.CompletedTask;
        PlotlyFormatter.Install();
        using var kernel = KernelFactory.Create();
        var kernelCreated = stopwatch.Elapsed;
        var currentCell = 0;
        using var streaming = kernel.KernelEvents.Subscribe(e =>
        {
            // Sent as it happens, so that the engine can show progress and report the last words of a cell it kills.
            if (e is StandardOutputValueProduced or StandardErrorValueProduced)
            {
                var name = e is StandardOutputValueProduced ? StreamOutput.StandardOutput : StreamOutput.StandardError;
                var text = string.Concat(((DisplayEvent)e).FormattedValues.Where(v => v.MimeType == "text/plain").Select(v => v.Value));
                channel.Send(new WorkerMessage(WorkerMessageKinds.Stream, Cell: currentCell, Stream: name, Text: text));
            }
        });

        await KernelPrelude.RunAsync(kernel).ConfigureAwait(false);
        await warmup.ConfigureAwait(false);
        WorkerLog.Write($"kernel created in {kernelCreated.TotalMilliseconds:F0} ms (process start to here), prelude compiled in {(stopwatch.Elapsed - kernelCreated).TotalMilliseconds:F0} ms");
        channel.Send(new WorkerMessage(WorkerMessageKinds.Ready, Milliseconds: stopwatch.Elapsed.TotalMilliseconds));
        var executor = new CellExecutor(kernel);
        var exitRequested = false;
        while (await input.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var request = JsonSerializer.Deserialize<WorkerRequest>(line, ProtocolJson.Options)
                ?? throw new InvalidDataException("empty request");
            if (request.Kind == WorkerRequestKinds.Exit)
            {
                exitRequested = true;
                break;
            }

            if (request.Kind == WorkerRequestKinds.Enter)
            {
                Directory.SetCurrentDirectory(request.Code ?? ".");
                continue;
            }

            currentCell = request.Cell;
            channel.Send(await executor.ExecuteAsync(request.Cell, request.Code ?? "").ConfigureAwait(false));
        }

        if (!exitRequested)
        {
            // The input ended unasked: the engine is gone. Take along whatever the cells started.
            ProcessGroup.KillOwn();
        }

        WorkerLog.Write($"done after {stopwatch.Elapsed.TotalSeconds:F1} s");
        return 0;
    }
}
