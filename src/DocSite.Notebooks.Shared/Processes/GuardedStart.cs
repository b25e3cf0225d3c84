using System.Diagnostics;

namespace DocSite.Notebooks.Processes;

/// <summary>
/// Starts a program that knows nothing of process groups (npm, dotnet restore) so that it cannot outlive the
/// build, on Linux with util-linux: <c>setpriv --pdeathsig TERM -- setsid sh -c GUARD</c>. <c>setsid</c> makes
/// a new session and process group; in it a small shell runs the program and waits; the parent-death signal
/// (TERM, sent by the kernel when the build is gone) makes that shell kill the whole group. Every step execs
/// in place, so the process the build sees is the shell, and its id is the group's.
/// </summary>
internal static class GuardedStart
{
    private const string SetPriv = "/usr/bin/setpriv";
    private const string SetSid = "/usr/bin/setsid";
    private const string Shell = "/bin/sh";

    // $1: the build's process id (if it died before the signal was armed, there is no one to run for);
    // then the program and its arguments. A program run with `&` reads /dev/null: these need no input.
    private const string Guard = """
        trap 'kill -s KILL 0' TERM
        [ "$PPID" = "$1" ] || exit 125
        shift
        "$@" &
        wait $!
        """;

    public static bool IsAvailable { get; } =
        OperatingSystem.IsLinux() && File.Exists(SetPriv) && File.Exists(SetSid) && File.Exists(Shell);

    /// <summary><paramref name="start"/> run through the guard: same program, arguments, folder, environment and redirections.</summary>
    /// <param name="program">The program's full path.</param>
    public static ProcessStartInfo Wrap(ProcessStartInfo start, string program)
    {
        if (!string.IsNullOrEmpty(start.Arguments))
        {
            throw new ArgumentException("give the arguments as ArgumentList, not as one string", nameof(start));
        }

        var wrapped = new ProcessStartInfo(SetPriv)
        {
            WorkingDirectory = start.WorkingDirectory,
            RedirectStandardInput = start.RedirectStandardInput,
            RedirectStandardOutput = start.RedirectStandardOutput,
            RedirectStandardError = start.RedirectStandardError,
            StandardInputEncoding = start.StandardInputEncoding,
            StandardOutputEncoding = start.StandardOutputEncoding,
            StandardErrorEncoding = start.StandardErrorEncoding,
            UseShellExecute = false,
        };
        string[] guard = ["--pdeathsig", "TERM", "--", SetSid, Shell, "-c", Guard, "docsite-guard", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), program];
        foreach (var argument in guard.Concat(start.ArgumentList))
        {
            wrapped.ArgumentList.Add(argument);
        }

        wrapped.Environment.Clear();
        foreach (var (name, value) in start.Environment)
        {
            wrapped.Environment[name] = value;
        }

        return wrapped;
    }
}
