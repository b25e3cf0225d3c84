using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace DocSite.Theme;

/// <summary>Lets Liquid's <c>{% include 'name' %}</c> find partials in the theme's layouts folder.</summary>
internal sealed class ThemeFileProvider(ThemeFiles theme) : IFileProvider
{
    public IFileInfo GetFileInfo(string subpath)
    {
        var path = "layouts/" + subpath.TrimStart('/');
        return theme.Contains(path) ? new ThemeFileInfo(path, theme.Read(path)) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class ThemeFileInfo(string path, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;
        public long Length => bytes.Length;
        public string? PhysicalPath => null;
        public string Name => Path.GetFileName(path);
        public DateTimeOffset LastModified => DateTimeOffset.UnixEpoch;
        public bool IsDirectory => false;
        public Stream CreateReadStream() => new MemoryStream(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes)));
    }
}
