using System.Reflection;

namespace DocSite.Theme;

/// <summary>
/// The theme as an overlay: the built-in theme (the repository's theme/ folder, embedded in this library)
/// with the site root's own theme/ files on top, so any site root builds even without a theme.
/// Paths are relative to the theme folder with '/' separators: <c>layouts/page.liquid</c>.
/// </summary>
public sealed class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private readonly SortedDictionary<string, Func<byte[]>> _files = new(StringComparer.Ordinal);

    private ThemeFiles()
    {
    }

    public static ThemeFiles Load(string siteRoot)
    {
        var theme = new ThemeFiles();
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
            theme._files[name[ResourcePrefix.Length..]] = () => ReadResource(assembly, name);

        var folder = Path.Combine(siteRoot, "theme");
        if (Directory.Exists(folder))
        {
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                theme._files[relative] = () => File.ReadAllBytes(file);
            }
        }
        return theme;
    }

    public bool Contains(string path) => _files.ContainsKey(path);

    public byte[] Read(string path) => _files[path]();

    public IEnumerable<string> Under(string folder) =>
        _files.Keys.Where(p => p.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal));

    private static byte[] ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
