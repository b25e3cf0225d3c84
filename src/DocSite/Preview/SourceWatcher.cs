using DocSite.Notebooks;

namespace DocSite.Preview;

/// <summary>
/// Watches the site's sources (input/, notebooks/, theme/, site.yml) and reports a change once the
/// editor has finished saving (changes are gathered for a short quiet period).
/// </summary>
public sealed class SourceWatcher : IDisposable
{
    private static readonly string[] Folders = ["input", "notebooks", "theme"];
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;

    public SourceWatcher(string root, TimeSpan quiet, Action changed)
    {
        _quiet = quiet;
        _timer = new Timer(_ => changed());
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
            _watchers.Add(Watch(folder, "*", subdirectories: true));
        _watchers.Add(Watch(root, "site.yml", subdirectories: false));
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }

    private FileSystemWatcher Watch(string folder, string filter, bool subdirectories)
    {
        var watcher = new FileSystemWatcher(folder, filter) { IncludeSubdirectories = subdirectories };
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Deleted += OnChange;
        watcher.Renamed += OnChange;
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        // Editors' temporary and backup files are not sources, nor are the executed copies `run` writes.
        var name = Path.GetFileName(e.FullPath);
        if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".tmp", StringComparison.Ordinal)
            || name.EndsWith(NotebookEngine.ExecutedSuffix, StringComparison.OrdinalIgnoreCase)) return;
        _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
    }
}
