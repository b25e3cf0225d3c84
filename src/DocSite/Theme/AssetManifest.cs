using System.Security.Cryptography;

namespace DocSite.Theme;

/// <summary>
/// The site's static assets and the output path of each, made once per build. CSS and JS get a content hash
/// in their name (<c>assets/site.3f2a9c1e.css</c>) so browsers may cache them forever.
/// </summary>
public sealed class AssetManifest
{
    private readonly Dictionary<string, string> _outputByName = new(StringComparer.Ordinal);

    /// <param name="assets">Each asset's name as under theme/assets (<c>site.css</c>, <c>katex/katex.min.js</c>) and its bytes.</param>
    public AssetManifest(IEnumerable<(string Name, byte[] Bytes)> assets)
    {
        var files = new List<(string OutputPath, byte[] Bytes)>();
        foreach (var (name, bytes) in assets)
        {
            var output = OutputPathOf(name, bytes);
            _outputByName[name] = output;
            files.Add((output, bytes));
        }
        Files = [.. files.OrderBy(f => f.OutputPath, StringComparer.Ordinal)];
    }

    /// <summary>Output path and content of every asset, sorted by path.</summary>
    public IReadOnlyList<(string OutputPath, byte[] Bytes)> Files { get; }

    /// <summary>The output path of an asset named as under theme/assets: <c>site.css</c>.</summary>
    public string? OutputPathOf(string name) => _outputByName.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>Where an asset is written: under assets/, CSS and JS with the first 8 hex digits of their SHA-256.</summary>
    public static string OutputPathOf(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name);
        if (extension is not (".css" or ".js")) return "assets/" + name;
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..8];
        return "assets/" + name[..^extension.Length] + "." + hash + extension;
    }
}
