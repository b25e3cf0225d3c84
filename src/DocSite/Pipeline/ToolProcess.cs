using System.Diagnostics;
using DocSite.Notebooks.Processes;

namespace DocSite.Pipeline;

/// <summary>
/// Runs a command-line tool the build needs (Node.js for KaTeX and Pagefind) to its end, in a process group
/// that dies with the build and is killed when the run ends or is cancelled. It reads no standard input.
/// </summary>
public static class ToolProcess
{
    /// <exception cref="System.ComponentModel.Win32Exception">The program is not on the PATH.</exception>
    public static async Task<ToolRun> RunAsync(string program, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
            StandardErrorEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);

        await using var tool = GroupedProcess.StartGuarded(start);
        var stdout = tool.Process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = tool.Process.StandardError.ReadToEndAsync(cancellationToken);
        await tool.Process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return new ToolRun(tool.Process.ExitCode, await stdout.ConfigureAwait(false), await stderr.ConfigureAwait(false));
    }
}
