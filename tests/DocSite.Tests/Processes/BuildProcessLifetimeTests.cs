using System.Runtime.Versioning;
using DocSite.Tests.Support;

namespace DocSite.Tests.Processes;

/// <summary>
/// No process outlives its build: not a worker stuck in a cell, not a process a cell started, not `npm ci`,
/// whether the build ends normally, fails, or is killed with SIGKILL. Linux only (reads /proc).
/// </summary>
public sealed class BuildProcessLifetimeTests
{
    private static readonly TimeSpan TestLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(5);

    [SkippableFact]
    public async Task Killing_the_build_leaves_no_process_of_it_behind()
    {
        if (!OperatingSystem.IsLinux()) throw new SkipException("process groups and /proc are Linux's");
        using var site = TestSite.CopyOf("runaway-site");
        using var build = SiteProcess.Start(["build", "--root", site.Root, "--output", site.Output]);

        // The cell starts `sleep 97`, then loops forever: once the sleep is there, the worker is inside the cell.
        await KillWhenRunningAsync(build, tree => tree.Any(p => p.Command == "sleep 97"), tree =>
        {
            var worker = Assert.Single(tree, p => p.Command.Contains("DocSite.NotebookWorker", StringComparison.Ordinal));
            Assert.True(worker.GroupId == worker.Id, $"the worker does not lead its own process group:\n{string.Join('\n', tree)}");
        });
    }

    [SkippableFact]
    public async Task A_process_a_cell_starts_does_not_outlive_a_successful_build()
    {
        if (!OperatingSystem.IsLinux()) throw new SkipException("process groups and /proc are Linux's");
        using var site = TestSite.CopyOf("sleeper-site");
        try
        {
            var run = await site.BuildAsync();
            Assert.True(run.ExitCode == 0, run.Errors);
            Assert.Matches(@"sleep-pid=\d+", site.ReadOutput("notebooks/sleeper.html"));

            // The cell's `sleep 97` works in the notebook's folder, like everything the worker starts.
            var left = ProcessTable.WorkingIn(site.Root);
            Assert.True(left.Count == 0, $"the cell's child outlived the build:\n{string.Join('\n', left)}");
        }
        finally
        {
            ProcessTable.Kill(ProcessTable.WorkingIn(site.Root), new HashSet<int>());
        }
    }

    [SkippableFact]
    public async Task Killing_the_build_during_npm_ci_leaves_no_process_of_it_behind()
    {
        if (!OperatingSystem.IsLinux()) throw new SkipException("process groups and /proc are Linux's");
        using var site = SiteWithPackageLock();
        var npm = FakeNpm("sleep 98 &\nexec sleep 96\n");
        try
        {
            using var build = SiteProcess.Start(["build", "--root", site.Root, "--output", site.Output], WithNpm(npm));
            await KillWhenRunningAsync(build, tree => tree.Any(p => p.Command == "sleep 96") && tree.Any(p => p.Command == "sleep 98"), _ => { });
        }
        finally
        {
            Directory.Delete(npm, recursive: true);
        }
    }

    [SkippableFact]
    public async Task A_failing_npm_ci_leaves_no_process_of_it_behind()
    {
        if (!OperatingSystem.IsLinux()) throw new SkipException("process groups and /proc are Linux's");
        using var site = SiteWithPackageLock();
        // Its child keeps npm's output pipes open: reading them to the end must not wait for it.
        var npm = FakeNpm("sleep 98 &\necho $! > npm-child.pid\necho 'npm ERR! broken' >&2\nexit 3\n");
        using var timeout = new CancellationTokenSource(TestLimit);
        var child = new List<ProcessEntry>();
        try
        {
            using var build = SiteProcess.Start(["build", "--root", site.Root, "--output", site.Output], WithNpm(npm));
            int exitCode;
            try
            {
                exitCode = await build.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"the build did not end within {TestLimit.TotalSeconds} s after `npm ci` failed:\n{build.Output}");
            }

            Assert.True(exitCode == 1, build.Output);
            Assert.Contains("error NPM001: `npm ci` failed with exit code 3: npm ERR! broken", build.Output, StringComparison.Ordinal);
            child.AddRange(NpmChild(site));
            Assert.True(child.Count == 0, $"npm's child outlived the build: {string.Join('\n', child)}");
        }
        finally
        {
            ProcessTable.Kill([.. child, .. NpmChild(site)], new HashSet<int>());
            Directory.Delete(npm, recursive: true);
        }
    }

    /// <summary>
    /// Waits (polling /proc) until the build's process tree satisfies <paramref name="isRunning"/>, records it, kills
    /// the build with SIGKILL and asserts that within <see cref="GracePeriod"/> none of those processes, and no
    /// process in their process groups, is left. Whatever is left is killed before returning.
    /// </summary>
    private static async Task KillWhenRunningAsync(SiteProcess build, Func<IReadOnlyList<ProcessEntry>, bool> isRunning, Action<IReadOnlyList<ProcessEntry>> check)
    {
        using var timeout = new CancellationTokenSource(TestLimit);
        IReadOnlyList<ProcessEntry> tree = [];
        var groups = new HashSet<int>();
        try
        {
            while (!isRunning(tree = ProcessTable.DescendantsOf(build.Id)))
            {
                if (build.HasExited || timeout.IsCancellationRequested)
                    throw new Xunit.Sdk.XunitException($"the build never got there (exited: {build.HasExited}):\n{build.Output}\n{string.Join('\n', tree)}");
                await Task.Delay(100);
            }

            // The test's own group holds whatever did not get a group of its own: it is checked by process, not by group.
            groups.UnionWith(tree.Select(p => p.GroupId).Where(g => g != ProcessTable.OwnGroupId));
            build.KillHard();
            var left = await ProcessTable.WaitUntilGoneAsync(tree, groups, GracePeriod);
            Assert.True(left.Count == 0,
                $"{GracePeriod.TotalSeconds} s after `kill -9` of the build these are still running:\n{string.Join('\n', left)}\n" +
                $"the build's processes were:\n{string.Join('\n', tree)}");
            check(tree);
        }
        finally
        {
            ProcessTable.Kill(tree, groups);
        }
    }

    private static IEnumerable<ProcessEntry> NpmChild(TestSite site)
    {
        var pidFile = site.PathOf("npm-child.pid");
        var pid = File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var id) ? id : -1;
        return ProcessTable.All().Where(p => p.Id == pid && p.IsAlive && p.Command == "sleep 98");
    }

    private static TestSite SiteWithPackageLock()
    {
        var site = TestSite.CopyOf("basic-site");
        site.Write("package-lock.json", "{}\n");
        return site;
    }

    /// <summary>A folder with an `npm` that runs <paramref name="script"/> (POSIX sh).</summary>
    [SupportedOSPlatform("linux")]
    private static string FakeNpm(string script)
    {
        var folder = Path.Combine(Path.GetTempPath(), "docsite-tests", "npm-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var npm = Path.Combine(folder, "npm");
        File.WriteAllText(npm, "#!/bin/sh\n" + script);
        File.SetUnixFileMode(npm, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return folder;
    }

    private static Dictionary<string, string> WithNpm(string folder) =>
        new() { ["PATH"] = folder + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") };
}
