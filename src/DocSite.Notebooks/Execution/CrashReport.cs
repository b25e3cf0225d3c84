namespace DocSite.Notebooks.Execution;

/// <summary>Summarizes what a crashed worker printed: the runtime's own report (e.g. "Stack overflow.", "Process terminated."), briefly.</summary>
internal static class CrashReport
{
    private const int MaxLines = 8;

    public static string Summarize(int? exitCode, IReadOnlyList<string> head, IReadOnlyList<string> tail)
    {
        var exit = exitCode switch
        {
            null => "it stopped answering",
            > 128 and < 160 => $"exit code {exitCode}, signal {exitCode - 128}{SignalName(exitCode.Value - 128)}",
            _ => $"exit code {exitCode}",
        };

        var report = head.Concat(tail.Except(head))
            .Where(line => !line.StartsWith("[worker]", StringComparison.Ordinal) && line.Trim().Length > 0)
            .Take(MaxLines)
            .Select(line => "    " + line.Trim())
            .ToArray();
        return report.Length == 0 ? exit : exit + "; it printed:\n" + string.Join('\n', report);
    }

    private static string SignalName(int signal) => signal switch
    {
        6 => " (SIGABRT)",
        9 => " (SIGKILL)",
        11 => " (SIGSEGV)",
        15 => " (SIGTERM)",
        _ => "",
    };
}
