using YamlDotNet.RepresentationModel;

namespace DocSite.Yaml;

/// <summary>YAML nodes as plain values templates can read: text, lists and string-keyed dictionaries.</summary>
public static class YamlValues
{
    public static Dictionary<string, object?> Of(YamlMappingNode map)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { } name }) values[name] = Of(value);
        }
        return values;
    }

    private static object? Of(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value,
        YamlSequenceNode sequence => sequence.Children.Select(Of).ToList(),
        YamlMappingNode map => Of(map),
        _ => null,
    };
}
