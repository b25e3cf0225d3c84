using System.Diagnostics;
using DocSite.Diagnostics;
using DocSite.Notebooks.Caching;
using DocSite.Notebooks.Execution;
using DocSite.Notebooks.Files;
using DocSite.Notebooks.Ipynb;
using DocSite.Notebooks.Native;
using DocSite.Notebooks.Progress;
using DocSite.Notebooks.Reading;
using DocSite.Notebooks.Sources;

namespace DocSite.Notebooks;

/// <summary>
/// Runs notebooks at build time: each in its own worker process (a fresh C# kernel, the notebook's folder as
/// working directory), several at once, with hard cell and notebook timeouts, and a content-addressed cache
/// so that an unchanged notebook starts no worker at all.
/// </summary>
public sealed class NotebookEngine
{
    private readonly NotebookEngineOptions _options;
    private readonly ExecutionCache _cache;
    private readonly TorchSharpNatives _natives;
    private readonly RunTimes _times;
    private readonly SemaphoreSlim _jobs;
    private int _workersStarted;
    private int _workersRunning;

    public NotebookEngine(NotebookEngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        var log = options.Log ?? (_ => { });
        _cache = new ExecutionCache(options.ResolvedCacheDirectory, log);
        _natives = new TorchSharpNatives(options.ResolvedCacheDirectory, log);
        _times = new RunTimes(options.ResolvedCacheDirectory);
        _jobs = new SemaphoreSlim(Math.Max(1, options.Jobs));
    }

    /// <summary>The ending of the executed copy <c>run</c> writes beside a notebook; such a copy is never a source.</summary>
    public const string ExecutedSuffix = ".executed.ipynb";

    /// <summary>How many worker processes this engine has started (none when every notebook came from the cache).</summary>
    public int WorkersStarted => Volatile.Read(ref _workersStarted);

    /// <summary>Raised with the notebook and the process id of each worker as it starts.</summary>
    internal event Action<string, int>? WorkerStarted;

    /// <summary>Raised with the notebook and the cell number as each cell is sent to its worker.</summary>
    internal event Action<string, int>? CellStarting;

    /// <summary>Runs (or fetches from the cache) the given notebooks; the results are in the same order.</summary>
    /// <param name="notebookPaths">Paths relative to <see cref="NotebookEngineOptions.RootDirectory"/>.</param>
    /// <param name="cancellationToken">Stops everything; running workers are killed.</param>
    public async Task<IReadOnlyList<NotebookRun>> RunAsync(IReadOnlyList<string> notebookPaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebookPaths);
        if (notebookPaths.Count > 0) _options.Session?.Wanted(Path.GetDirectoryName(Path.GetFullPath(notebookPaths[0], _options.ResolvedRoot))!);
        var progress = CreateProgress();
        var stopwatch = Stopwatch.StartNew();
        var runs = await progress.RunAsync(sink =>
            Task.WhenAll(notebookPaths.Select(async path => (await RunNotebookAsync(path, sink, readCache: true, cancellationToken).ConfigureAwait(false)).Run))).ConfigureAwait(false);

        var executed = runs.Count(r => !r.FromCache && r.Notebook is not null);
        var failed = runs.Count(r => !r.Succeeded);
        if (runs.Length > 0)
        {
            progress.Log($"notebooks: {runs.Length} in {stopwatch.Elapsed.TotalSeconds:F1} s ({runs.Count(r => r.FromCache)} cached, {executed} run, {failed} failed, {WorkersStarted} workers)");
        }

        return runs;
    }

    /// <summary>Where each notebook stands with the cache (current key, cached or not, last run time), running nothing.</summary>
    /// <param name="notebookPaths">Paths relative to <see cref="NotebookEngineOptions.RootDirectory"/>.</param>
    public async Task<IReadOnlyList<NotebookCacheState>> InspectCacheAsync(IReadOnlyList<string> notebookPaths, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebookPaths);
        return await Task.WhenAll(notebookPaths.Select(path => Task.Run(() =>
        {
            var relative = path.Replace('\\', '/');
            var key = Prepare(relative, _ => { }).Key;
            return new NotebookCacheState(relative, key, key is not null && _cache.Contains(key), _times.TryRead(relative));
        }, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>
    /// Deletes the cache entries and run-time records that none of <paramref name="notebookPaths"/> (the site's
    /// notebooks, as they are now) uses, so that a saved cache holds only what the site needs. TorchSharp's
    /// prepared native libraries (<c>native/</c>) are kept.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public async Task<int> PruneCacheAsync(IReadOnlyList<string> notebookPaths, CancellationToken cancellationToken)
    {
        var states = await InspectCacheAsync(notebookPaths, cancellationToken).ConfigureAwait(false);
        var keys = states.Select(s => s.Key).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var removed = _cache.RemoveAllBut(keys);
        foreach (var file in _times.FilesNotFor(states.Select(s => s.SourcePath)))
        {
            File.Delete(file);
            removed++;
        }

        return removed;
    }

    /// <summary>
    /// Runs one notebook (ignoring cached outputs) and writes it with its outputs as .ipynb, for opening in an
    /// editor: to <paramref name="outputFile"/>, or next to the source as <c>x.executed.ipynb</c>. Never
    /// overwrites the source. Unlike the page's download, it has each cell's run times (<c>metadata.execution</c>).
    /// Errors go to the log.
    /// </summary>
    /// <returns>0 when every cell ran as expected, 1 when the notebook failed, 2 when the output path is the source.</returns>
    public async Task<int> RunOneAsync(string notebookPath, string? outputFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notebookPath);
        var root = _options.ResolvedRoot;
        var source = Path.GetFullPath(notebookPath, root);
        var output = outputFile is null
            ? Path.Combine(Path.GetDirectoryName(source)!, Path.GetFileNameWithoutExtension(source) + ExecutedSuffix)
            : Path.GetFullPath(outputFile, Directory.GetCurrentDirectory());
        var log = _options.Log ?? (_ => { });
        if (string.Equals(output, source, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            log($"{notebookPath}: the output file is the notebook itself; choose another --output (the source is never overwritten)");
            return 2;
        }

        var relative = Path.GetRelativePath(root, source).Replace('\\', '/');
        var progress = CreateProgress();
        var (run, executed) = await progress.RunAsync(sink => RunNotebookAsync(relative, sink, readCache: false, cancellationToken)).ConfigureAwait(false);
        if (executed is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            AtomicFile.Write(output, executed.ToBytes(withTimings: true));
            log($"{relative}: wrote {Path.GetRelativePath(Directory.GetCurrentDirectory(), output).Replace('\\', '/')}");
        }

        foreach (var error in run.Errors)
        {
            log(error.ToString());
        }

        return run.Succeeded ? 0 : 1;
    }

    private ProgressDisplay CreateProgress() => new(_options.Interactive, _options.Log ?? (_ => { }));

    private async Task<(NotebookRun Run, ExecutedIpynb? Executed)> RunNotebookAsync(
        string notebookPath, INotebookProgress progress, bool readCache, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var relative = notebookPath.Replace('\\', '/');
        (NotebookRun, ExecutedIpynb?) Done(ExecutedIpynb? notebook, IReadOnlyList<BuildDiagnostic> errors, bool fromCache)
        {
            var run = new NotebookRun(relative, notebook?.ToExecutedNotebook(), errors, fromCache, stopwatch.Elapsed);
            progress.Finished(run);
            return (run, notebook);
        }

        var prepared = await Task.Run(() => Prepare(relative, progress.Log), cancellationToken).ConfigureAwait(false);
        if (prepared is not { Notebook: { } notebook, Plan: { } plan, Key: { } key })
        {
            return Done(prepared.Notebook, prepared.Errors, false);
        }

        var cached = readCache ? _cache.TryRead(key, json => ExecutedIpynb.Restore(plan.Document, plan, json)) : null;
        if (cached is not null)
        {
            return Done(cached, [], true);
        }

        if (readCache && _options.Session?.FailureOf(relative, key) is { } failure)
        {
            progress.Log($"{relative}: failed in this preview and its code has not changed since: not run again");
            return Done(notebook, failure, true);
        }

        if (plan.Cells.Count == 0)
        {
            // Only Markdown, or every code cell skipped: nothing for a worker to do (starting one takes seconds).
            _cache.Write(key, notebook.ToBytes(withTimings: true));
            return Done(notebook, [], false);
        }

        if (_options.NoExecute)
        {
            return Done(notebook,
                [new BuildDiagnostic(relative, null, null, DiagnosticCodes.NotCached,
                    "execution is off (--no-execute) and the cache has no outputs for this version of the notebook; build once without --no-execute")],
                false);
        }

        var libraryPaths = new List<string>();
        foreach (var version in plan.TorchSharpVersions)
        {
            try
            {
                if (await _natives.PrepareAsync(version, cancellationToken).ConfigureAwait(false) is { } folder)
                {
                    libraryPaths.Add(folder);
                }
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or InvalidDataException)
            {
                return Done(notebook,
                    [new BuildDiagnostic(relative, null, null, DiagnosticCodes.NativeSetupFailed, $"TorchSharp-cpu {version}: {e.Message}")], false);
            }
        }

        // Time spent waiting for a free job slot is not this notebook's time.
        stopwatch.Stop();
        await _jobs.WaitAsync(cancellationToken).ConfigureAwait(false);
        stopwatch.Start();
        IReadOnlyList<BuildDiagnostic> errors;
        var running = Interlocked.Increment(ref _workersRunning);
        try
        {
            var executor = new NotebookExecutor(progress, pid => OnWorkerStarted(relative, pid), number => CellStarting?.Invoke(relative, number), _options.Session);
            var warmUp = 2 * running <= Environment.ProcessorCount;
            errors = await executor.RunAsync(plan, notebook, libraryPaths, warmUp, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _workersRunning);
            _jobs.Release();
        }

        if (errors.Count == 0)
        {
            _cache.Write(key, notebook.ToBytes(withTimings: true));
            _times.Write(relative, stopwatch.Elapsed);
        }

        var located = errors.Select(plan.Document.InFile).ToArray();
        _options.Session?.Ran(relative, key, located);

        return Done(notebook, located, false);
    }

    /// <summary>Reads, checks and plans a notebook and computes its cache key, without running anything.</summary>
    private PreparedNotebook Prepare(string relative, Action<string> log)
    {
        NotebookDocument document;
        try
        {
            document = NotebookReader.Read(_options.ResolvedRoot, relative);
        }
        catch (NotebookReadException e)
        {
            return new PreparedNotebook(null, null, null, [new BuildDiagnostic(relative, e.Line, e.Column, e.Code, e.Message)]);
        }

        var notebook = ExecutedIpynb.Start(document);
        var problems = NotebookValidator.Validate(document);
        if (problems.Count > 0)
        {
            return new PreparedNotebook(notebook, null, null, problems.Select(document.InFile).ToArray());
        }

        var plan = ExecutionPlanner.Plan(document, _options, log);
        var (inputs, refused) = Inputs(document, plan, log);
        return refused.Count > 0
            ? new PreparedNotebook(notebook, null, null, refused)
            : new PreparedNotebook(notebook, plan, CacheKey.Compute(plan, inputs, _options.ResolvedRoot), []);
    }

    /// <summary>Declared inputs (<c>docsite.inputs</c>) and imported files: their content is part of the cache key.</summary>
    /// <returns>The files, and an error for each file a pattern reaches outside the site root or through a link loop.</returns>
    private (List<string> Inputs, List<BuildDiagnostic> Refused) Inputs(NotebookDocument document, ExecutionPlan plan, Action<string> log)
    {
        var inputs = new List<string>();
        var refused = new List<BuildDiagnostic>();
        var tree = new SourceTree(_options.ResolvedRoot);
        foreach (var pattern in document.Settings.Inputs)
        {
            var known = tree.Problems.Count;
            var matches = InputFiles.Expand(tree, document.Directory, pattern);
            refused.AddRange(tree.Problems.Skip(known).Select(p =>
                new BuildDiagnostic(document.SourcePath, null, null, p.Code, $"the declared input \"{pattern}\" reaches {p.Path}: {p.Message}")));
            if (matches.Count == 0)
            {
                log($"{document.SourcePath}: declared input \"{pattern}\" matches no file");
                inputs.Add(Path.GetFullPath(pattern, document.Directory));
            }

            inputs.AddRange(matches);
        }

        inputs.AddRange(plan.Cells.SelectMany(c => ImportScanner.Find(c.Source)).Select(import => Path.GetFullPath(import, document.Directory)));
        return (inputs, refused);
    }

    private void OnWorkerStarted(string notebook, int processId)
    {
        Interlocked.Increment(ref _workersStarted);
        WorkerStarted?.Invoke(notebook, processId);
    }
}
