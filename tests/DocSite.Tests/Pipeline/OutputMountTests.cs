using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Publishing;
using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>
/// An output folder that is a mount point (a bind mount, a Docker volume) cannot be renamed: the build swaps its
/// contents instead, says so, and leaves the mount in place.
/// </summary>
public sealed class OutputMountTests
{
    private const string ContentsSwapped = "  write      output is a mount point: replaced its contents";

    [SkippableFact]
    public async Task An_output_folder_that_is_a_mount_point_gets_its_contents_replaced()
    {
        Skip.IfNot(TestMount.Permitted, TestMount.NotPermitted);
        using var site = TestSite.CopyOf("basic-site");
        var volume = site.PathOf("volume");
        Directory.CreateDirectory(volume);
        Directory.CreateDirectory(site.Output);
        using var mount = TestMount.Bind(volume, site.Output);

        site.Write("input/extra.md", "---\ntitle: 多余\n---\n正文\n");
        var first = await site.BuildAsync();
        Assert.True(first.ExitCode == 0, first.Errors);
        Assert.Contains(ContentsSwapped, first.Output, StringComparison.Ordinal);
        File.Delete(site.PathOf("input/extra.md"));
        var second = await site.BuildAsync();

        Assert.True(second.ExitCode == 0, second.Errors);
        Assert.Contains(ContentsSwapped, second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(volume, "index.html")), "the site is written into the mounted folder");
        Assert.False(File.Exists(Path.Combine(volume, "extra.html")), "the previous contents are gone");
        Assert.Equal([".nojekyll", "404.html", "assets", "guide", "index.html", "sitemap.xml"],
            Directory.GetFileSystemEntries(volume).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    /// <summary>Where mounting is not permitted, the same path: the output folder's rename fails as on a mount point.</summary>
    [Fact]
    public void When_the_output_folder_cannot_be_renamed_its_contents_are_swapped()
    {
        var parent = Directory.CreateTempSubdirectory("docsite-write").FullName;
        try
        {
            var output = Path.Combine(parent, "output");
            Directory.CreateDirectory(Path.Combine(output, "old-folder"));
            File.WriteAllText(Path.Combine(output, "old.html"), "old");
            File.WriteAllText(Path.Combine(output, "index.html"), "old index");
            var log = new StringWriter();
            OutputFile[] files = [new("index.html", "new index"u8.ToArray()), new("guide/page.html", "page"u8.ToArray())];

            var written = OutputFolderWriter.Write(output, files, [], 2, new BuildLog(log, TextWriter.Null),
                (_, _) => throw new IOException("Device or resource busy"));

            Assert.Equal(2, written);
            Assert.Contains("  write      output could not be renamed (Device or resource busy): replaced its contents", log.ToString(), StringComparison.Ordinal);
            Assert.Equal(["guide", "index.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal("new index", File.ReadAllText(Path.Combine(output, "index.html")));
            Assert.Equal(["output"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    /// <summary>A move that fails half way through the contents swap (an immutable file) puts back what was moved.</summary>
    [SkippableFact]
    public void A_contents_swap_that_fails_half_way_restores_the_previous_site()
    {
        var parent = Directory.CreateTempSubdirectory("docsite-write").FullName;
        var output = Path.Combine(parent, "output");
        var stuck = Path.Combine(output, "m-stuck.html");
        try
        {
            Directory.CreateDirectory(Path.Combine(output, "a-folder"));
            File.WriteAllText(Path.Combine(output, "a-folder", "page.html"), "old page");
            File.WriteAllText(Path.Combine(output, "index.html"), "old index");
            File.WriteAllText(stuck, "cannot be moved");
            Skip.IfNot(OperatingSystem.IsLinux() && TestMount.Run("chattr", "+i", stuck) == 0, "chattr +i is not permitted here (needs root on a file system that has it)");
            var before = TestSite.Snapshot(output);
            OutputFile[] files = [new("index.html", "new index"u8.ToArray())];

            var failure = Assert.Throws<BuildFailedException>(() => OutputFolderWriter.Write(output, files, [], 2, BuildLog.Silent,
                (_, _) => throw new IOException("Device or resource busy")));

            var error = Assert.Single(failure.Diagnostics);
            Assert.Equal((output, "OUT002"), (error.Path, error.Code));
            Assert.StartsWith("cannot write the site: ", error.Message, StringComparison.Ordinal);
            Assert.Contains("m-stuck.html", error.Message, StringComparison.Ordinal);
            Assert.Equal(before, TestSite.Snapshot(output));
            Assert.Equal(["a-folder", "index.html", "m-stuck.html"], Directory.GetFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(["output"], Directory.GetFileSystemEntries(parent).Select(Path.GetFileName));
        }
        finally
        {
            if (OperatingSystem.IsLinux()) TestMount.Run("chattr", "-i", stuck);
            Directory.Delete(parent, recursive: true);
        }
    }
}
