using DocSite.Diagnostics;

namespace DocSite.Tests.Diagnostics;

public sealed class FailureReportTests
{
    private static readonly BuildDiagnostic First = new("theme/layouts/page.liquid", 3, 1, "LAYOUT002", "bad include");
    private static readonly BuildDiagnostic Second = new("input/a.md", 7, null, "LINK001", "no such page");

    [Fact]
    public void A_build_failure_shows_its_diagnostics()
    {
        Assert.Equal([First.ToString(), Second.ToString()], FailureReport.Describe(new BuildFailedException([First, Second]), verbose: false));
    }

    [Fact]
    public void Build_failures_thrown_inside_parallel_steps_show_their_diagnostics_once_each()
    {
        var thrown = new AggregateException(
            new BuildFailedException(First), new AggregateException(new BuildFailedException(Second), new BuildFailedException(First)));

        Assert.Equal([First.ToString(), Second.ToString()], FailureReport.Describe(thrown, verbose: false));
    }

    [Fact]
    public void An_unexpected_exception_is_one_line_that_says_it_is_a_bug_with_the_stack_trace_only_when_verbose()
    {
        var thrown = Throw(() => throw new InvalidOperationException("the state is wrong"));

        Assert.Equal(
            [FailureReport.InternalError + "System.InvalidOperationException: the state is wrong (run with --verbose for the stack trace)"],
            FailureReport.Describe(thrown, verbose: false));
        var verbose = Assert.Single(FailureReport.Describe(thrown, verbose: true));
        Assert.StartsWith(FailureReport.InternalError + "System.InvalidOperationException: the state is wrong\n", verbose);
        Assert.Contains(nameof(Throw), verbose);
    }

    [Fact]
    public void A_file_system_error_is_an_error_line_not_a_bug()
    {
        Assert.Equal(["error IO001: Access to the path '/x' is denied."],
            FailureReport.Describe(new UnauthorizedAccessException("Access to the path '/x' is denied."), verbose: false));
    }

    private static Exception Throw(Action action)
    {
        try
        {
            action();
        }
        catch (InvalidOperationException e)
        {
            return e;
        }
        throw new InvalidOperationException("nothing was thrown");
    }
}
