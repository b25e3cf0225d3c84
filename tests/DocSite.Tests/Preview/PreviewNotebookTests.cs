using System.Text.Json;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;
using DocSite.Tests.Support;

namespace DocSite.Tests.Preview;

/// <summary>
/// The watch loop with notebooks, through the real engine: a saved notebook runs again, alone, in the worker the
/// preview kept ready (in its own folder), its page shows the running cell and the pages using its results
/// change; a prose edit runs nothing and starts no worker; a failing notebook shows its cell on the open pages and
/// the last good page stays; stopping the preview stops the waiting worker.
/// </summary>
public sealed class PreviewNotebookTests
{
    private static readonly TimeSpan RebuildLimit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_saved_notebook_runs_alone_in_the_warm_worker_and_a_prose_edit_runs_nothing()
    {
        using var site = TestSite.CopyOf("watch-site");
        var output = new StringWriter();
        var server = new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), new BuildLog(output, output), site.Notebooks);
        await using var preview = await RunningPreview.StartAsync(server);
        var session = server.NotebookSession!;
        using var http = new HttpClient { BaseAddress = preview.BaseAddress };
        using var stream = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        var events = new ServerEvents(stream);

        // The first build ran both notebooks, then the preview started one worker for the next run.
        Assert.Contains("b 的值是 41。", site.ReadOutput("index.html"));
        Assert.Equal(1, session.WorkersStarted);
        var warm = WarmWorkerIds(Log(output)).Single();

        // Saving b: only b runs, in the waiting worker, which moved to b's folder; the page using b's value changes.
        var logged = Log(output).Length;
        Edit(site, "notebooks/sub/b.ipynb", "publish(\\\"value\\\", 41);", "publish(\\\"value\\\", 42);");
        var rebuilt = await events.UntilRebuiltAsync(RebuildLimit);
        var log = Log(output)[logged..];
        Assert.True(rebuilt[^1].Name == "reload", $"{string.Join('\n', rebuilt)}\n{log}");
        Assert.Contains($"notebooks/sub/b.ipynb: runs in the warm worker (pid {warm},", log);
        Assert.Matches(@"notebooks: 2 in .* \(1 cached, 1 run, 0 failed, 1 workers\)", log);
        Assert.Contains(rebuilt, e => e.Name == "cell" && Cell(e.Data) == ("/notebooks/sub/b.html", "notebooks/sub/b.ipynb: running cell 3 (2 of 2): publish(\"value\", 42);"));
        Assert.Contains("b 的值是 42。", site.ReadOutput("index.html"));
        Assert.Contains("cwd=sub", site.ReadOutput("notebooks/sub/b.html"));
        // The next worker starts after the build that used the last one.
        await WarmWorkersAsync(session, 2, output);

        // A prose edit: no notebook runs, no worker starts.
        logged = Log(output).Length;
        File.AppendAllText(site.PathOf("input/index.md"), "\n改过了。\n");
        rebuilt = await events.UntilRebuiltAsync(RebuildLimit);
        log = Log(output)[logged..];
        Assert.True(rebuilt[^1].Name == "reload", $"{string.Join('\n', rebuilt)}\n{log}");
        Assert.Matches(@"notebooks: 2 in .* \(2 cached, 0 run, 0 failed, 0 workers\)", log);
        Assert.DoesNotContain(rebuilt, e => e.Name == "cell");
        Assert.Contains("改过了。", site.ReadOutput("index.html"));
        Assert.True(session.WorkersStarted == 2, Log(output));

        // A failing cell: the open pages show it with its cell, the last good page stays.
        Edit(site, "notebooks/sub/b.ipynb", "publish(\\\"value\\\", 42);", "throw new InvalidOperationException(\\\"broken on purpose\\\");");
        rebuilt = await events.UntilRebuiltAsync(RebuildLimit);
        Assert.Equal("failed", rebuilt[^1].Name);
        Assert.Contains("notebooks/sub/b.ipynb:cell 3: error NB001: System.InvalidOperationException: broken on purpose", JsonSerializer.Deserialize<string>(rebuilt[^1].Data));
        Assert.Contains("b 的值是 42。", site.ReadOutput("index.html"));

        // A prose edit while b is broken does not run b again (a failure is not cached, the session remembers it).
        await WarmWorkersAsync(session, 3, output);
        logged = Log(output).Length;
        File.AppendAllText(site.PathOf("input/index.md"), "\n又改了。\n");
        rebuilt = await events.UntilRebuiltAsync(RebuildLimit);
        log = Log(output)[logged..];
        Assert.Equal("failed", rebuilt[^1].Name);
        Assert.Matches(@"notebooks: 2 in .* \(2 cached, 0 run, 1 failed, 0 workers\)", log);
        Assert.True(session.WorkersStarted == 3, Log(output));

        // Stopping the preview stops the worker it kept waiting.
        var waiting = WarmWorkerIds(Log(output))[^1];
        await preview.DisposeAsync();
        if (OperatingSystem.IsLinux())
            Assert.DoesNotContain(ProcessTable.All(), p => p.Id == waiting && p.IsAlive && p.Command.Contains("DocSite.NotebookWorker", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Killing_the_preview_kills_the_worker_it_kept_waiting()
    {
        if (!OperatingSystem.IsLinux()) throw new SkipException("process groups and /proc are Linux's");
        using var site = TestSite.CopyOf("notebook-site");
        using var preview = SiteProcess.Start(["preview", "--root", site.Root, "--output", site.Output, "--port", LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        IReadOnlyList<ProcessEntry> tree = [];
        var groups = new HashSet<int>();
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            int[] warm;
            while ((warm = WarmWorkerIds(preview.Output)).Length == 0)
            {
                if (preview.HasExited || timeout.IsCancellationRequested)
                    throw new Xunit.Sdk.XunitException($"no warm worker (exited: {preview.HasExited}):\n{preview.Output}");
                await Task.Delay(100);
            }

            // The worker makes its own process group first thing after it starts.
            while (!(tree = ProcessTable.DescendantsOf(preview.Id)).Any(p => p.Id == warm[0] && p.GroupId == p.Id))
            {
                if (preview.HasExited || timeout.IsCancellationRequested)
                    throw new Xunit.Sdk.XunitException($"the warm worker never led its own group:\n{string.Join('\n', tree)}\n{preview.Output}");
                await Task.Delay(50);
            }
            groups.UnionWith(tree.Select(p => p.GroupId).Where(g => g != ProcessTable.OwnGroupId));

            preview.KillHard();
            var left = await ProcessTable.WaitUntilGoneAsync(tree, groups, TimeSpan.FromSeconds(5));
            Assert.True(left.Count == 0, $"5 s after `kill -9` of the preview these are still running:\n{string.Join('\n', left)}");
        }
        finally
        {
            ProcessTable.Kill(tree, groups);
        }
    }

    /// <summary>Waits until the session has started <paramref name="count"/> workers, and asserts it started no more.</summary>
    private static async Task WarmWorkersAsync(DocSite.Notebooks.NotebookSession session, int count, StringWriter output)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (session.WorkersStarted < count && DateTime.UtcNow < deadline) await Task.Delay(20);
        Assert.True(session.WorkersStarted == count, $"{session.WorkersStarted} warm workers started, not {count}:\n{Log(output)}");
    }

    private static void Edit(TestSite site, string path, string from, string to)
    {
        var text = File.ReadAllText(site.PathOf(path));
        Assert.Contains(from, text);
        site.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static (string Page, string Text) Cell(string data)
    {
        using var json = JsonDocument.Parse(data);
        return (json.RootElement.GetProperty("page").GetString()!, json.RootElement.GetProperty("text").GetString()!);
    }

    private static int[] WarmWorkerIds(string log) =>
        [.. System.Text.RegularExpressions.Regex.Matches(log, @"started a warm worker \(pid (\d+)\)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static string Log(StringWriter output)
    {
        lock (output) return output.ToString();
    }
}
