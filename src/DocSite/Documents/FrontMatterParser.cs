using System.Globalization;
using DocSite.Diagnostics;
using DocSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocSite.Documents;

/// <summary>Splits a page into its YAML front matter and its Markdown body.</summary>
public static class FrontMatterParser
{
    /// <returns>The front matter, the body, and the 1-based line in the file where the body starts.</returns>
    public static (FrontMatter Meta, string Body, int BodyLine) Parse(string text, string displayPath)
    {
        if (!text.StartsWith("---", StringComparison.Ordinal) || !IsFenceLine(text, 0, out var firstEnd))
            return (FrontMatter.Empty, text, 1);

        var line = 2;
        var position = firstEnd;
        while (position < text.Length)
        {
            var end = text.IndexOf('\n', position);
            var lineEnd = end < 0 ? text.Length : end + 1;
            if (IsFenceLine(text, position, out _))
            {
                var yaml = text[firstEnd..position];
                return (ParseYaml(yaml, displayPath), text[lineEnd..], line + 1);
            }
            position = lineEnd;
            line++;
        }
        throw Error(displayPath, 1, "the front matter starts with `---` but has no closing `---` line");
    }

    private static bool IsFenceLine(string text, int start, out int next)
    {
        var end = text.IndexOf('\n', start);
        var lineText = (end < 0 ? text[start..] : text[start..end]).TrimEnd('\r', ' ', '\t');
        next = end < 0 ? text.Length : end + 1;
        return lineText == "---";
    }

    private static FrontMatter ParseYaml(string yaml, string displayPath)
    {
        const int firstYamlLine = 2;
        var root = YamlLoader.Load(yaml, displayPath, firstYamlLine, DiagnosticCodes.FrontMatter, "front matter");
        if (root is null || root is YamlScalarNode { Value: null or "" }) return FrontMatter.Empty;
        if (root is not YamlMappingNode map)
            throw Error(displayPath, YamlLoader.LineOf(root, firstYamlLine), "front matter must be a mapping of `key: value` lines");

        var meta = FrontMatter.Empty with { Values = YamlValues.Of(map) };
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (key is null || !KnownKeys.Contains(key)) continue;
            var lineOf = YamlLoader.LineOf(valueNode, firstYamlLine);
            if (valueNode is not YamlScalarNode { Value: { } value })
                throw Error(displayPath, lineOf, $"`{key}` must be a single value, not {YamlLoader.Describe(valueNode)}");
            meta = key switch
            {
                "title" => meta with { Title = value },
                "description" => meta with { Description = value },
                "layout" => meta with { Layout = value, LayoutLine = lineOf },
                "order" => meta with { Order = ParseInt(value, key, displayPath, lineOf) },
                "draft" => meta with { Draft = ParseBool(value, key, displayPath, lineOf) },
                "toc" => meta with { Toc = ParseBool(value, key, displayPath, lineOf) },
                _ => meta,
            };
        }
        return meta;
    }

    private static readonly HashSet<string> KnownKeys = ["title", "description", "layout", "order", "draft", "toc"];

    private static int ParseInt(string value, string key, string path, int line) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)
            ? result
            : throw Error(path, line, $"`{key}` must be a whole number, not `{value}`");

    private static bool ParseBool(string value, string key, string path, int line) =>
        value.ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw Error(path, line, $"`{key}` must be true or false, not `{value}`"),
        };

    private static BuildFailedException Error(string path, int line, string message) =>
        new(new BuildDiagnostic(path, line, null, DiagnosticCodes.FrontMatter, message));
}
