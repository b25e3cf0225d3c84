using DocSite.Notebooks.Sources;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace DocSite.Preview;

/// <summary>
/// The files of one folder as ASP.NET Core's <see cref="PhysicalFileProvider"/> finds them (it decodes nothing and
/// rejects "..", rooted paths and hidden files), less any file reached through a symbolic link that leads outside
/// the folder: the provider itself follows links wherever they go.
/// </summary>
internal sealed class ContainedFileProvider(string root) : IFileProvider, IDisposable
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly PhysicalFileProvider _files = new(Path.GetFullPath(root));

    public IFileInfo GetFileInfo(string subpath)
    {
        var file = _files.GetFileInfo(subpath);
        return file.Exists && !IsInside(file.PhysicalPath) ? new NotFoundFileInfo(subpath) : file;
    }

    // The preview never lists folders, and a listing's entries could be links that lead outside.
    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    // The preview watches the sources, not the folder it serves.
    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    public void Dispose() => _files.Dispose();

    // Resolved each time: the build replaces the folder, and whatever it holds may change with it.
    private bool IsInside(string? path)
    {
        var folder = RealPath.Of(_files.Root);
        var file = path is null ? null : RealPath.Of(path);
        if (folder is null || file is null) return false;
        var prefix = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return file.StartsWith(prefix, PathComparison);
    }
}
