namespace DocSite.Notebooks.Processes;

/// <summary>Finds a program on a search path, as a shell would, so that a missing program fails before anything starts.</summary>
internal static class ProgramPath
{
    /// <returns>The program's full path; <paramref name="program"/> itself when it names a path; null when it is nowhere.</returns>
    public static string? Find(string program, string? searchPath)
    {
        if (program.Contains('/', StringComparison.Ordinal))
        {
            return program;
        }

        return (searchPath ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, program))
            .FirstOrDefault(IsExecutable);
    }

    private static bool IsExecutable(string path) =>
        File.Exists(path)
        && (OperatingSystem.IsWindows()
            || (File.GetUnixFileMode(path) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
