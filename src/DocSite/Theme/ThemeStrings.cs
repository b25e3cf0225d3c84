using System.Text;
using DocSite.Diagnostics;
using DocSite.Yaml;
using YamlDotNet.RepresentationModel;

namespace DocSite.Theme;

/// <summary>
/// The theme's words (menu labels, "On this page", "Copy"…) in the site's language: the theme's table for
/// site.yml's <c>language</c> (<c>theme/strings/zh-CN.yml</c>), over the English table for keys it lacks, under
/// the site's own <c>strings:</c> from site.yml. A language without a table of its own takes one of the same
/// primary language (<c>zh-TW</c> → <c>zh-CN</c>), else English.
/// </summary>
public sealed class ThemeStrings
{
    public const string Folder = "strings/";
    public const string FallbackLanguage = "en";

    private ThemeStrings(IReadOnlyDictionary<string, string> values)
    {
        Values = values;
    }

    /// <summary>Every string by name, as layouts see them (<c>{{ site.strings.toc_title }}</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>The text of a string; its name when no table has it, so a missing string shows rather than vanishes.</summary>
    public string this[string name] => Values.TryGetValue(name, out var text) ? text : name;

    /// <exception cref="BuildFailedException">A table the site uses is not a mapping of names to texts (STRINGS001).</exception>
    public static ThemeStrings Load(ThemeFiles theme, string language, IReadOnlyDictionary<string, string>? siteStrings)
    {
        var languages = theme.Under(Folder)
            .Where(p => p.EndsWith(".yml", StringComparison.Ordinal))
            .Select(p => p[Folder.Length..^".yml".Length])
            .ToList();
        var chosen = Choose(languages, language);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in new[] { FallbackLanguage, chosen }.Distinct(StringComparer.Ordinal).Where(languages.Contains))
        {
            foreach (var (name, text) in Read(theme, table)) values[name] = text;
        }
        foreach (var (name, text) in siteStrings ?? new Dictionary<string, string>()) values[name] = text;
        return new ThemeStrings(values);
    }

    private static string Choose(IReadOnlyList<string> languages, string language)
    {
        var exact = languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
        if (exact is not null) return exact;
        var primary = language.Split('-')[0];
        return languages.Order(StringComparer.Ordinal).FirstOrDefault(l => string.Equals(l.Split('-')[0], primary, StringComparison.OrdinalIgnoreCase))
            ?? FallbackLanguage;
    }

    private static Dictionary<string, string> Read(ThemeFiles theme, string language)
    {
        var path = "theme/" + Folder + language + ".yml";
        var text = Encoding.UTF8.GetString(theme.Read(Folder + language + ".yml"));
        var root = YamlLoader.Load(text, path, 1, DiagnosticCodes.ThemeStrings, "theme strings");
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root is null) return strings;
        if (root is not YamlMappingNode map) throw Error(path, (int)root.Start.Line, "the file must be a mapping of string names to texts");
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name } || value is not YamlScalarNode { Value: { } content })
                throw Error(path, (int)key.Start.Line, "each entry must be `name: text`");
            strings[name] = content;
        }
        return strings;
    }

    private static BuildFailedException Error(string path, int line, string message) =>
        new(new BuildDiagnostic(path, line, null, DiagnosticCodes.ThemeStrings, message));
}
