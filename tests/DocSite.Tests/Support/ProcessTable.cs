namespace DocSite.Tests.Support;

/// <summary>The processes of this machine, read from Linux's /proc, for tests that check what a build leaves behind.</summary>
public static class ProcessTable
{
    /// <summary>The process group of the test run itself: processes started without a group of their own are in it.</summary>
    public static int OwnGroupId => Read(Environment.ProcessId)?.GroupId ?? 0;

    public static IReadOnlyList<ProcessEntry> All() =>
        Directory.GetDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var id) ? Read(id) : null)
            .OfType<ProcessEntry>()
            .ToList();

    /// <summary>Every live process below <paramref name="processId"/> (children, their children…).</summary>
    public static IReadOnlyList<ProcessEntry> DescendantsOf(int processId)
    {
        var all = All().Where(p => p.IsAlive).ToList();
        var found = new List<ProcessEntry>();
        var parents = new HashSet<int> { processId };
        for (var added = true; added;)
        {
            var next = all.Where(p => parents.Contains(p.ParentId) && !found.Contains(p)).ToList();
            found.AddRange(next);
            parents.UnionWith(next.Select(p => p.Id));
            added = next.Count > 0;
        }

        return found;
    }

    /// <summary>Live processes whose working directory is <paramref name="folder"/> or inside it.</summary>
    public static IReadOnlyList<ProcessEntry> WorkingIn(string folder) =>
        All().Where(p => p.IsAlive && IsInside(WorkingDirectory(p.Id), folder)).ToList();

    /// <summary>Live processes that are one of <paramref name="processes"/> (same id and start time) or in one of <paramref name="groups"/>.</summary>
    public static IReadOnlyList<ProcessEntry> Remaining(IReadOnlyCollection<ProcessEntry> processes, IReadOnlySet<int> groups) =>
        All().Where(p => p.IsAlive && (groups.Contains(p.GroupId) || processes.Any(r => r.Id == p.Id && r.StartTime == p.StartTime))).ToList();

    /// <summary>Polls until nothing of <paramref name="processes"/> and <paramref name="groups"/> is left or <paramref name="within"/> passed; returns what is left.</summary>
    public static async Task<IReadOnlyList<ProcessEntry>> WaitUntilGoneAsync(IReadOnlyCollection<ProcessEntry> processes, IReadOnlySet<int> groups, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var left = Remaining(processes, groups);
            if (left.Count == 0 || DateTime.UtcNow > deadline) return left;
            await Task.Delay(50);
        }
    }

    /// <summary>Cleanup after a failed test: SIGKILL whatever is left of <paramref name="processes"/> and <paramref name="groups"/>.</summary>
    public static void Kill(IReadOnlyCollection<ProcessEntry> processes, IReadOnlySet<int> groups)
    {
        foreach (var process in Remaining(processes, groups))
        {
            try
            {
                using var handle = System.Diagnostics.Process.GetProcessById(process.Id);
                handle.Kill();
            }
            catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                // Gone meanwhile.
            }
        }
    }

    private static string? WorkingDirectory(int id)
    {
        try
        {
            return new DirectoryInfo($"/proc/{id}/cwd").LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsInside(string? path, string folder) =>
        path is not null && (path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    private static ProcessEntry? Read(int id)
    {
        try
        {
            // "pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime
            // priority nice threads itrealvalue starttime …": comm may hold spaces and parentheses, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{id}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var command = File.ReadAllText($"/proc/{id}/cmdline").Replace('\0', ' ').Trim();
            return new ProcessEntry(id, int.Parse(fields[1]), int.Parse(fields[2]), fields[0][0], long.Parse(fields[19]), command);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
