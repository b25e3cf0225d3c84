using System.Globalization;
using System.Text.RegularExpressions;

namespace DocSite.Tests.Support;

/// <summary>The exit code and the two output streams of one command-line run.</summary>
public sealed partial record CliRun(int ExitCode, string Output, string Errors)
{
    /// <summary>How many notebook workers the build started, from its log line "notebooks: … (…, N workers)"; null without one.</summary>
    public int? WorkersStarted =>
        WorkersLine().Match(Output) is { Success: true } match ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"^notebooks: .*, (\d+) workers\)$", RegexOptions.Multiline)]
    private static partial Regex WorkersLine();
}
