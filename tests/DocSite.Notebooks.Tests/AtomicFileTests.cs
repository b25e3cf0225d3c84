using DocSite.Notebooks.Files;

namespace DocSite.Notebooks.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docsite-atomic-").FullName;

    [Fact]
    public void A_write_replaces_the_file_whole_and_leaves_nothing_beside_it()
    {
        var path = Path.Combine(_folder, "sub", "entry.json");
        AtomicFile.Write(path, "old"u8.ToArray());

        AtomicFile.Write(path, "new"u8.ToArray());

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void A_write_that_fails_half_way_keeps_the_old_file_and_removes_its_temporary()
    {
        var path = Path.Combine(_folder, "entry.json");
        AtomicFile.Write(path, "old"u8.ToArray());

        Assert.Throws<IOException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new IOException("disk full");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(_folder));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
