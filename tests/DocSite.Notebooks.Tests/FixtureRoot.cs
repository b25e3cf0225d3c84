namespace DocSite.Notebooks.Tests;

/// <summary>A private copy of the fixture notebooks in a temporary folder, with its own cache; removed on dispose.</summary>
public sealed class FixtureRoot : IDisposable
{
    public FixtureRoot()
    {
        Directory = Path.Combine(Path.GetTempPath(), "docsite-notebook-tests", Guid.NewGuid().ToString("N")[..12]);
        CopyFolder(Path.Combine(AppContext.BaseDirectory, "Fixtures"), Path.Combine(Directory, "notebooks"));
    }

    public string Directory { get; }

    public string CacheDirectory => Path.Combine(Directory, ".cache", "notebooks");

    public string PathOf(string notebook) => Path.Combine(Directory, "notebooks", notebook);

    public NotebookEngine Engine(Action<string>? log = null, IReadOnlyDictionary<string, string>? parameters = null, bool noExecute = false, int jobs = 2) =>
        new(new NotebookEngineOptions
        {
            RootDirectory = Directory,
            Jobs = jobs,
            Log = log,
            NoExecute = noExecute,
            Parameters = parameters ?? new Dictionary<string, string>(),
        });

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        System.IO.Directory.CreateDirectory(to);
        foreach (var file in System.IO.Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in System.IO.Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }
}
