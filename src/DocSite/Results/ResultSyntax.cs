using System.Text.RegularExpressions;
using DocSite.Diagnostics;
using DocSite.Documents;

namespace DocSite.Results;

/// <summary>
/// The prose syntax for notebook results. An inline code span that starts with <c>nb:</c> holds a value
/// (<c>`nb:../notebooks/x.ipynb#accuracy:P1`</c>, the part after the name's colon a .NET format string) or a
/// claim (<c>`nb:../notebooks/x.ipynb#emergent &gt;= 3 * chance`</c>); a fenced code block whose info is
/// <c>nb</c> shows a result as a block, one reference a line. Plain code never starts with <c>nb:</c>, and a
/// preview without the tool shows the reference as code.
/// </summary>
public static partial class ResultSyntax
{
    public const string InlinePrefix = NotebookResultMarkers.InlinePrefix;
    public const string BlockInfo = NotebookResultMarkers.BlockInfo;

    /// <summary>The text of a result code span after the prefix; null for ordinary code.</summary>
    public static string? InlineBody(string code) =>
        code.StartsWith(InlinePrefix, StringComparison.Ordinal) ? code[InlinePrefix.Length..].Trim() : null;

    /// <summary>Whether the span's text is a claim (it compares) rather than a value.</summary>
    public static bool IsClaim(string body) => Comparison().IsMatch(WithoutFormat(body));

    /// <summary>A value reference: <c>[path#]name[:format]</c>.</summary>
    /// <exception cref="GlueException">GLUE004: it is not one.</exception>
    public static (ResultReference Reference, string? Format) ParseValue(string body)
    {
        var match = ValueReference().Match(body);
        if (!match.Success)
            throw new GlueException(DiagnosticCodes.MalformedReference,
                $"`{InlinePrefix}{body}` is not a result reference; write `{InlinePrefix}path/to/notebook.ipynb#name` or `{InlinePrefix}path/to/notebook.ipynb#name:N0`");
        var notebook = match.Groups["notebook"].Success ? match.Groups["notebook"].Value : null;
        var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
        return (new ResultReference(notebook, match.Groups["name"].Value), format);
    }

    // A format string (no spaces) may hold '<' or '=' of its own in a custom format; only what precedes it counts.
    private static string WithoutFormat(string body) => ValueReference().Match(body) is { Success: true } m ? m.Groups["path"].Value : body;

    [GeneratedRegex(@"^(?<path>(?:(?<notebook>[^\s#]+\.(?:ipynb|dib|cs))#)?(?<name>[A-Za-z_][A-Za-z0-9_]*))(?::(?<format>\S+))?$")]
    internal static partial Regex ValueReference();

    [GeneratedRegex("[<>=≤≥≠]")]
    private static partial Regex Comparison();
}
