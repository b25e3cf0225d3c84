using System.Security.Cryptography;

namespace DocSite.Theme;

/// <summary>
/// The theme's static assets and the output path of each. CSS and JS get a content hash in their name
/// (<c>assets/site.3f2a9c1e.css</c>) so browsers may cache them forever.
/// </summary>
public sealed class AssetManifest
{
    private readonly Dictionary<string, string> _outputByName = new(StringComparer.Ordinal);
    private readonly List<(string OutputPath, byte[] Bytes)> _files = [];

    /// <summary>Output path and content of every asset, sorted by path.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Bytes)> Files => _files;

    public static AssetManifest Build(ThemeFiles theme)
    {
        var manifest = new AssetManifest();
        foreach (var path in theme.Under("assets"))
            manifest.Add(path["assets/".Length..], theme.Read(path));
        return manifest;
    }

    /// <summary>Adds a generated asset (for example plotly.js); fingerprinted like the theme's own.</summary>
    public void Add(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        var output = "assets/" + name;
        if (extension is ".css" or ".js")
        {
            var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
            output = "assets/" + name[..^extension.Length] + "." + hash + extension;
        }
        _outputByName[name] = output;
        _files.Add((output, bytes));
        _files.Sort((a, b) => string.CompareOrdinal(a.OutputPath, b.OutputPath));
    }

    /// <summary>The output path of an asset named as under theme/assets: <c>site.css</c>.</summary>
    public string? OutputPathOf(string name) => _outputByName.GetValueOrDefault(name.TrimStart('/'));
}
