using DocSite.Tests.Support;

namespace DocSite.Tests.Cli;

public sealed class CommandLineTests
{
    [Fact]
    public async Task Help_describes_the_commands_and_succeeds()
    {
        using var site = TestSite.CopyOf("basic-site");
        var output = new StringWriter();
        var previous = Console.Out;
        int exitCode;
        Console.SetOut(output);
        try
        {
            exitCode = (await site.RunAsync("--help")).ExitCode;
        }
        finally
        {
            Console.SetOut(previous);
        }

        Assert.Equal(0, exitCode);
        Assert.Contains("build", output.ToString());
        Assert.Contains("clean", output.ToString());
        Assert.Contains("--base-path", output.ToString());
    }

    [Fact]
    public async Task An_unknown_option_is_bad_usage()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.RunAsync("build", "--no-such-option");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Errors);
    }

    [Fact]
    public async Task A_missing_site_root_is_bad_usage()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.RunAsync("build", "--root", site.PathOf("nowhere"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Errors);
    }

    [Fact]
    public async Task Clean_deletes_the_output_folder()
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);

        var run = await site.RunAsync("clean", "--root", site.Root);

        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Build_logs_each_step_with_its_duration()
    {
        using var site = TestSite.CopyOf("basic-site");

        var run = await site.BuildAsync();

        Assert.Matches(@"read\s+3 pages, 0 notebooks, 1 files \(\d+ ms\)", run.Output);
        Assert.Matches(@"Built 3 pages in \d+\.\d\d s", run.Output);
    }
}
