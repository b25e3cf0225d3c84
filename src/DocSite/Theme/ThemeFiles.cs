using System.Reflection;
using DocSite.Diagnostics;
using DocSite.Notebooks.Sources;

namespace DocSite.Theme;

/// <summary>
/// The theme as an overlay: the built-in theme (the repository's theme/ folder, embedded in this library)
/// with the site root's own theme/ files on top, so any site root builds even without a theme.
/// Paths are relative to the theme folder with '/' separators: <c>layouts/page.liquid</c>.
/// A symbolic link in theme/ that leads outside the site root is an error, like one among the pages.
/// </summary>
public sealed class ThemeFiles
{
    private const string ResourcePrefix = "theme/";
    private const string Folder = "theme";
    private readonly SortedDictionary<string, Func<byte[]>> _files = new(StringComparer.Ordinal);

    private ThemeFiles()
    {
    }

    /// <exception cref="BuildFailedException">A link in theme/ leads outside the site root or makes a loop.</exception>
    public static ThemeFiles Load(string siteRoot)
    {
        var theme = new ThemeFiles();
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
            theme._files[name[ResourcePrefix.Length..]] = () => ReadResource(assembly, name);

        var tree = new SourceTree(siteRoot);
        foreach (var file in tree.FilesUnder(Folder))
            theme._files[file[(Folder.Length + 1)..]] = () => File.ReadAllBytes(Path.Combine(siteRoot, file));

        var errors = new DiagnosticBag();
        foreach (var problem in tree.Problems)
            errors.Add(new BuildDiagnostic(problem.Path, null, null, problem.Code, problem.Message));
        errors.ThrowIfAny();
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
