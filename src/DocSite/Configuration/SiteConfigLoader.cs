using DocSite.Diagnostics;
using DocSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocSite.Configuration;

/// <summary>Reads <c>site.yml</c>; a site root without one gets defaults and an automatic navigation.</summary>
public static class SiteConfigLoader
{
    public static SiteConfig Load(string rootDirectory)
    {
        var path = Path.Combine(rootDirectory, SiteConfig.FileName);
        if (!File.Exists(path)) return SiteConfig.Default;

        var text = SourceText.Read(path, SiteConfig.FileName);
        var node = YamlLoader.Load(text, SiteConfig.FileName, 1, DiagnosticCodes.Config, SiteConfig.FileName);
        var root = node switch
        {
            null or YamlScalarNode { Value: null or "" } => new YamlMappingNode(),
            YamlMappingNode map => map,
            _ => throw Error(1, "the file must be a mapping of settings"),
        };

        var defaults = SiteConfig.Default;
        var baseUrl = Scalar(root, "base_url");
        return new SiteConfig(
            Title: Scalar(root, "title") ?? defaults.Title,
            Description: Scalar(root, "description") ?? defaults.Description,
            Language: Scalar(root, "language") ?? defaults.Language,
            BaseUrl: baseUrl ?? defaults.BaseUrl,
            BasePath: NormalizeBasePath(Scalar(root, "base_path") ?? (baseUrl is null ? defaults.BasePath : PathOf(baseUrl))),
            Repository: Scalar(root, "repository"),
            Nav: root.Children.TryGetValue(new YamlScalarNode("nav"), out var nav) ? ReadNav(nav) : null,
            Strings: root.Children.TryGetValue(new YamlScalarNode("strings"), out var strings) ? ReadStrings(strings) : null)
        {
            Branch = Scalar(root, "branch") ?? defaults.Branch,
            Bibliography = Scalar(root, "bibliography") ?? defaults.Bibliography,
            CitationStyle = Scalar(root, "citation_style") ?? defaults.CitationStyle,
        };
    }

    /// <summary>The path of an absolute URL ("https://owner.github.io/repo" → "/repo"); "/" for anything else.</summary>
    public static string PathOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : "/";

    /// <summary>"repo", "/repo" and "/repo/" all mean "/repo/".</summary>
    public static string NormalizeBasePath(string basePath)
    {
        var trimmed = basePath.Trim().Trim('/');
        return trimmed.Length == 0 ? "/" : $"/{trimmed}/";
    }

    private static Dictionary<string, string> ReadStrings(YamlNode node)
    {
        if (node is not YamlMappingNode map)
            throw Error((int)node.Start.Line, "`strings` must be a mapping of theme string names to texts");
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || value is not YamlScalarNode { Value: { } text })
                throw Error((int)key.Start.Line, "each entry of `strings` must be `name: text`");
            strings[name] = text;
        }
        return strings;
    }

    private static List<NavEntry> ReadNav(YamlNode node)
    {
        if (node is not YamlSequenceNode sequence)
            throw Error((int)node.Start.Line, "`nav` must be a list of pages and sections");
        return sequence.Children.Select(ReadNavEntry).ToList();
    }

    private static NavEntry ReadNavEntry(YamlNode node)
    {
        var line = (int)node.Start.Line;
        switch (node)
        {
            case YamlScalarNode scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return new NavEntry(null, scalar.Value.Trim(), [], line);
            case YamlMappingNode map:
                var title = Scalar(map, "title");
                var page = Scalar(map, "page");
                var children = map.Children.TryGetValue(new YamlScalarNode("children"), out var c) ? ReadNav(c) : [];
                if (page is null && (title is null || children.Count == 0))
                    throw Error(line, "a navigation entry needs `page:`, or `title:` with `children:`");
                return new NavEntry(title, page, children, line);
            default:
                throw Error(line, "a navigation entry must be a page path or a mapping with title/page/children");
        }
    }

    private static string? Scalar(YamlMappingNode map, string key)
    {
        if (!map.Children.TryGetValue(new YamlScalarNode(key), out var value)) return null;
        return value is YamlScalarNode scalar
            ? scalar.Value
            : throw Error((int)value.Start.Line, $"`{key}` must be a single value, not {YamlLoader.Describe(value)}");
    }

    private static BuildFailedException Error(int line, string message) =>
        new(new BuildDiagnostic(SiteConfig.FileName, line, null, DiagnosticCodes.Config, message));
}
