using System.Diagnostics;

namespace DocSite.Notebooks.Tests;

/// <summary>Checks for processes left behind.</summary>
internal static class ProcessProbe
{
    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Processes whose working directory is inside <paramref name="folder"/> (Linux: /proc/*/cwd).</summary>
    public static IReadOnlyList<int> WorkingIn(string folder)
    {
        if (!System.IO.Directory.Exists("/proc"))
        {
            return [];
        }

        var found = new List<int>();
        foreach (var entry in System.IO.Directory.GetDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                var cwd = new DirectoryInfo(Path.Combine(entry, "cwd")).LinkTarget;
                if (cwd is not null && cwd.StartsWith(folder, StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
            }
        }

        return found;
    }
}
