using DocSite.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DocSite.Yaml;

/// <summary>
/// Parses one YAML document into nodes, turning every parser failure into a located diagnostic. YamlDotNet
/// reports most syntax errors as <see cref="YamlException"/>, but some malformed input (an unclosed flow
/// sequence followed by a mapping line) makes its scanner throw <see cref="InvalidOperationException"/>.
/// </summary>
public static class YamlLoader
{
    /// <param name="yaml">The YAML text.</param>
    /// <param name="displayPath">The file named in diagnostics.</param>
    /// <param name="firstLine">The line of the file where <paramref name="yaml"/> starts.</param>
    /// <param name="code">The diagnostic code to report.</param>
    /// <param name="what">What is being read, for the message ("front matter", "site.yml").</param>
    /// <returns>The document's root node, or null for an empty document.</returns>
    public static YamlNode? Load(string yaml, string displayPath, int firstLine, string code, string what)
    {
        RefuseTabIndentation(yaml, displayPath, firstLine, code, what);
        var scanner = new Scanner(new StringReader(yaml));
        try
        {
            var stream = new YamlStream();
            stream.Load(new Parser(scanner));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = TrimLocation(e.InnerException?.Message ?? e.Message);
            throw Error(displayPath, firstLine - 1 + (int)e.Start.Line, null, code, $"invalid {what}: {message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            var at = scanner.CurrentPosition;
            throw Error(displayPath, firstLine - 1 + (int)at.Line, null, code,
                $"invalid {what}: the YAML cannot be parsed here (an unclosed `[`, `{{` or quote?)");
        }
    }

    /// <summary>The 1-based line of <paramref name="node"/> in the file.</summary>
    public static int LineOf(YamlNode node, int firstLine) => firstLine - 1 + (int)node.Start.Line;

    /// <summary>Why a value that should be one scalar is not, for messages: "a list", "a mapping".</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "a list",
        YamlMappingNode => "a mapping",
        YamlScalarNode { Value: null or "" } => "empty",
        _ => "a value",
    };

    // YAML forbids tabs in indentation, but YamlDotNet folds a tab-indented `key: value` line into the value of
    // the line above, so the key would be silently lost.
    private static void RefuseTabIndentation(string yaml, string displayPath, int firstLine, string code, string what)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (lines[i].AsSpan(0, indent).Contains('\t') && lines[i].Trim().Length > 0)
                throw Error(displayPath, firstLine + i, 1, code, $"invalid {what}: this line is indented with a tab; YAML indentation must use spaces");
        }
    }

    // YamlDotNet appends its own "(Line: 1, Col: 2 ...)" position, which would disagree with ours.
    private static string TrimLocation(string message)
    {
        var index = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (index > 0 ? message[..index] : message).Trim();
    }

    private static BuildFailedException Error(string path, int line, int? column, string code, string message) =>
        new(new BuildDiagnostic(path, Math.Max(1, line), column, code, message));
}
