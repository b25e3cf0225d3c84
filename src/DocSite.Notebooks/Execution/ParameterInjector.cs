using System.Text;
using System.Text.RegularExpressions;

namespace DocSite.Notebooks.Execution;

/// <summary>
/// Papermill-style parameters: the cell after the one tagged <c>parameters</c> reassigns the variables it declares
/// to the values given on the command line. Each value is converted to the type of the variable's default, so
/// <c>--param epochs=2</c> works for <c>var epochs = 5;</c> and <c>--param name=x</c> for <c>var name = "y";</c>.
/// </summary>
internal static partial class ParameterInjector
{
    /// <summary>The names the parameters cell declares, in order.</summary>
    public static IReadOnlyList<string> DeclaredNames(string parametersCell) =>
        Declaration().Matches(parametersCell).Select(m => m.Groups["name"].Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The injected cell's code, or null when no given parameter is declared by the cell.</summary>
    public static string? InjectedCode(string parametersCell, IReadOnlyDictionary<string, string> parameters)
    {
        var names = DeclaredNames(parametersCell).Where(parameters.ContainsKey).Order(StringComparer.Ordinal).ToArray();
        if (names.Length == 0)
        {
            return null;
        }

        var code = new StringBuilder();
        code.Append("// Parameters injected by the build.\n");
        code.Append("T DocSiteParameter<T>(T current, string value) => (T)System.Convert.ChangeType(value, typeof(T), System.Globalization.CultureInfo.InvariantCulture);\n");
        foreach (var name in names)
        {
            code.Append($"{name} = DocSiteParameter({name}, {Literal(parameters[name])});\n");
        }

        return code.ToString();
    }

    private static string Literal(string value) => "@\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    // `var epochs = 5;`, `int seed = 42;`, `string[] names = …` at the start of a statement; not `const`, not `==`.
    [GeneratedRegex(@"(?:^|;|\n)\s*(?!const\b)(?:var|[A-Za-z_][\w.]*(?:<[^;=]*>)?(?:\[\])?\??)\s+(?<name>[A-Za-z_]\w*)\s*=(?!=)")]
    private static partial Regex Declaration();
}
