using DocSite.Cli;
using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Tests.Support;

namespace DocSite.Tests.Cli;

/// <summary>A failure that is nobody's input is one line saying it is a bug; the stack trace only with --verbose.</summary>
public sealed class InternalErrorTests
{
    [Fact]
    public async Task An_unexpected_exception_is_one_line_and_exit_code_1()
    {
        using var site = TestSite.CopyOf("notebook-site");

        var run = await RunAsync(site, "build", "--root", site.Root, "--output", site.Output);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith(FailureReport.InternalError + "System.InvalidOperationException: the engine broke (run with --verbose", line);
        Assert.Contains("--verbose", line);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task With_verbose_the_stack_trace_follows()
    {
        using var site = TestSite.CopyOf("notebook-site");

        var run = await RunAsync(site, "build", "--root", site.Root, "--output", site.Output, "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("internal error", run.Errors);
        Assert.Contains("   at ", run.Errors);
        Assert.Contains(nameof(ThrowingNotebooks), run.Errors);
    }

    private static async Task<CliRun> RunAsync(TestSite site, params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await SiteCommandLine.RunAsync(args, new BuildLog(output, errors), new ThrowingNotebooks());
        _ = site;
        return new CliRun(exitCode, output.ToString(), errors.ToString());
    }

    private sealed class ThrowingNotebooks : INotebookPages
    {
        public Task<NotebookPagesResult> BuildAsync(IReadOnlyList<string> notebooks, BuildContext context) =>
            throw new InvalidOperationException("the engine broke\nsecond line");
    }
}
