using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>
/// A site that cannot be written (a full disk, a read-only output folder or parent) is one OUT002 line naming
/// the output folder, exit code 1, the previous site intact and no temporary folder left behind.
/// These need real mounts: root ignores permission bits, so read-only means a read-only mount.
/// </summary>
public sealed class WriteFailureTests
{
    [SkippableFact]
    public async Task A_full_disk_is_OUT002_and_keeps_the_previous_site()
    {
        Skip.IfNot(TestMount.Permitted, TestMount.NotPermitted);
        using var site = TestSite.CopyOf("basic-site");
        var disk = site.PathOf("disk");
        Directory.CreateDirectory(disk);
        using var tmpfs = TestMount.Tmpfs(disk, "1m");
        var output = Path.Combine(disk, "output");
        Assert.Equal(0, (await Build(site, output)).ExitCode);
        var before = TestSite.Snapshot(output);

        site.WriteBytes("input/big.bin", new byte[2 * 1024 * 1024]);
        var run = await Build(site, output);

        AssertFailed(run, $"{output}: error OUT002: cannot write the site: No space left on device");
        Assert.Equal(before, TestSite.Snapshot(output));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(disk).Select(Path.GetFileName));
    }

    [SkippableFact]
    public async Task A_read_only_output_folder_is_OUT002_and_keeps_the_previous_site()
    {
        Skip.IfNot(TestMount.Permitted, TestMount.NotPermitted);
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);
        using var readOnly = TestMount.ReadOnly(site.Output);

        site.Write("input/extra.md", "---\ntitle: 多余\n---\n正文\n");
        var run = await site.BuildAsync();

        AssertFailed(run, $"{site.Output}: error OUT002: cannot write the site: Read-only file system");
        Assert.Equal(before, TestSite.Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [SkippableFact]
    public async Task A_read_only_parent_folder_is_OUT002_and_keeps_the_previous_site()
    {
        Skip.IfNot(TestMount.Permitted, TestMount.NotPermitted);
        using var site = TestSite.CopyOf("basic-site");
        var parent = site.PathOf("published");
        var output = Path.Combine(parent, "output");
        Assert.Equal(0, (await Build(site, output)).ExitCode);
        var before = TestSite.Snapshot(output);
        using var readOnly = TestMount.ReadOnly(parent);

        site.Write("input/extra.md", "---\ntitle: 多余\n---\n正文\n");
        var run = await Build(site, output);

        AssertFailed(run, $"{output}: error OUT002: cannot write the site: Read-only file system");
        Assert.Equal(before, TestSite.Snapshot(output));
        Assert.Equal(["output"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
    }

    private static Task<CliRun> Build(TestSite site, string output) => site.RunAsync("build", "--root", site.Root, "--output", output);

    private static void AssertFailed(CliRun run, string expectedStart)
    {
        Assert.True(run.ExitCode == 1, $"exit code {run.ExitCode}\n{run.Output}\n{run.Errors}");
        var errors = SourceLinkTests.ErrorLines(run);
        Assert.True(errors.Count == 1 && errors[0].StartsWith(expectedStart, StringComparison.Ordinal), run.Errors);
        Assert.DoesNotContain("   at ", run.Errors, StringComparison.Ordinal);
    }
}
