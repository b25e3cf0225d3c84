using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using DocSite.Notebooks.Processes;
using DocSite.Notebooks.Protocol;

namespace DocSite.Notebooks.Execution;

/// <summary>
/// One running worker: requests go to its stdin as JSON lines, answers come from its stdout. It leads its own
/// process group and dies with this process (see the worker's ParentWatchdog); killing it, and disposing it
/// even after a clean exit, kills that group: package restores and whatever its cells started.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const int StandardErrorLines = 200;
    private const int StandardErrorHeadLines = 40;

    private readonly GroupedProcess _worker;
    private readonly Channel<WorkerMessage> _answers = Channel.CreateUnbounded<WorkerMessage>();
    private readonly Queue<string> _standardError = new();
    private readonly List<string> _standardErrorHead = [];
    private readonly Task _readers;
    private volatile Action<WorkerMessage> _onStream;

    private WorkerProcess(GroupedProcess worker, IReadOnlyList<string> libraryPaths, Action<WorkerMessage> onStream)
    {
        _worker = worker;
        LibraryPaths = libraryPaths;
        _onStream = onStream;
        _readers = Task.WhenAll(
            Task.Run(ReadAnswersAsync),
            Task.Run(ReadStandardErrorAsync));
    }

    public int ProcessId => _worker.Process.Id;

    public bool HasExited => _worker.Process.HasExited;

    /// <summary>The folders it was started with in front of LD_LIBRARY_PATH (read once, when the process starts).</summary>
    public IReadOnlyList<string> LibraryPaths { get; }

    public DateTime StartedAt { get; } = DateTime.UtcNow;

    /// <summary>From now on, text running cells print goes to <paramref name="onStream"/> (a worker started ahead of time learns its notebook late).</summary>
    public void StreamTo(Action<WorkerMessage> onStream) => _onStream = onStream;

    /// <summary>Starts <c>dotnet DocSite.NotebookWorker.dll</c> in <paramref name="workingDirectory"/>.</summary>
    /// <param name="workingDirectory">The notebook's folder.</param>
    /// <param name="libraryPaths">Folders to put first on LD_LIBRARY_PATH (TorchSharp's natives).</param>
    /// <param name="warmUp">Let the worker warm the compiler up on a second thread (worth it only with a free core).</param>
    /// <param name="onStream">Receives text as running cells print it.</param>
    public static WorkerProcess Start(string workingDirectory, IReadOnlyList<string> libraryPaths, bool warmUp, Action<WorkerMessage> onStream)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
            UseShellExecute = false,
        };
        start.ArgumentList.Add(WorkerLocator.FindWorkerAssembly());
        WorkerEnvironment.Apply(start.Environment, libraryPaths);
        start.Environment["DOCSITE_WORKER_WARMUP"] = warmUp ? "1" : "0";
        return new WorkerProcess(GroupedProcess.StartLeader(start), libraryPaths, onStream);
    }

    /// <summary>The first lines the worker wrote to stderr: where a crash report starts (a stack overflow prints thousands of frames after it).</summary>
    public IReadOnlyList<string> StandardErrorHead
    {
        get
        {
            lock (_standardError)
            {
                return _standardErrorHead.ToArray();
            }
        }
    }

    /// <summary>The last lines the worker wrote to stderr (its log, crash reports).</summary>
    public IReadOnlyList<string> StandardErrorTail
    {
        get
        {
            lock (_standardError)
            {
                return _standardError.ToArray();
            }
        }
    }

    public async Task SendAsync(WorkerRequest request)
    {
        await _worker.Process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(request, ProtocolJson.Options)).ConfigureAwait(false);
        await _worker.Process.StandardInput.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Waits for the next answer for at most <paramref name="timeout"/>.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired.</exception>
    public async Task<WorkerOutcome> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            return WorkerOutcome.Answered(await _answers.Reader.ReadAsync(timer.Token).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WorkerOutcome.Timeout;
        }
        catch (ChannelClosedException)
        {
            // The answer stream ended: the process is exiting; give it a moment to report its exit code.
            using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _worker.Process.WaitForExitAsync(exit.Token).ConfigureAwait(false);
                await _readers.WaitAsync(exit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                await KillAsync().ConfigureAwait(false);
            }

            return WorkerOutcome.Exited(_worker.Process.HasExited ? _worker.Process.ExitCode : null);
        }
    }

    /// <summary>Kills the worker and every process it started, and waits until the worker is gone.</summary>
    public Task KillAsync() => _worker.KillAsync();

    public async ValueTask DisposeAsync()
    {
        if (!_worker.Process.HasExited)
        {
            try
            {
                await SendAsync(new WorkerRequest(WorkerRequestKinds.Exit)).ConfigureAwait(false);
                _worker.Process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
                await _worker.Process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or InvalidOperationException)
            {
                // Not answering: killed below.
            }
        }

        // Even after a clean exit: its group may still hold what it started (a restore, a cell's child process).
        await KillAsync().ConfigureAwait(false);
        try
        {
            await _readers.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // A grandchild still holds the pipes; nothing more to read from it.
        }

        await _worker.DisposeAsync().ConfigureAwait(false);
    }

    private async Task ReadAnswersAsync()
    {
        try
        {
            while (await _worker.Process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                var message = Parse(line);
                if (message is null)
                {
                    AddStandardError(line);
                }
                else if (message.Kind == WorkerMessageKinds.Stream)
                {
                    _onStream(message);
                }
                else
                {
                    _answers.Writer.TryWrite(message);
                }
            }
        }
        finally
        {
            _answers.Writer.TryComplete();
        }
    }

    private async Task ReadStandardErrorAsync()
    {
        while (await _worker.Process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
        {
            AddStandardError(line);
        }
    }

    private void AddStandardError(string line)
    {
        lock (_standardError)
        {
            if (_standardErrorHead.Count < StandardErrorHeadLines)
            {
                _standardErrorHead.Add(line);
            }

            _standardError.Enqueue(line);
            while (_standardError.Count > StandardErrorLines)
            {
                _standardError.Dequeue();
            }
        }
    }

    private static WorkerMessage? Parse(string line)
    {
        try
        {
            return line.StartsWith('{') ? JsonSerializer.Deserialize<WorkerMessage>(line, ProtocolJson.Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
