using System.Net;
using ColorCode;

namespace DocSite.Markdown.Highlighting;

/// <summary>
/// Colours code at build time (ColorCode), so pages need no highlighting script. Languages it does not
/// know are shown as plain, escaped text.
/// </summary>
public static class CodeHighlighter
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = "c#", ["cs"] = "c#", ["c#"] = "c#",
        ["fsharp"] = "f#", ["fs"] = "f#", ["f#"] = "f#",
        ["js"] = "javascript", ["javascript"] = "javascript", ["ts"] = "typescript", ["typescript"] = "typescript",
        ["json"] = "json", ["xml"] = "xml", ["html"] = "html", ["css"] = "css", ["sql"] = "sql",
        ["python"] = "python", ["py"] = "python", ["powershell"] = "powershell", ["pwsh"] = "powershell",
        ["cpp"] = "cpp", ["c++"] = "cpp", ["java"] = "java", ["markdown"] = "markdown", ["md"] = "markdown",
    };

    [ThreadStatic]
    private static HtmlClassFormatter? _formatter;

    /// <summary>The inner HTML of a code element: coloured spans, or escaped text for unknown languages.</summary>
    public static string ToHtml(string code, string? language)
    {
        var known = language is not null && Aliases.TryGetValue(language.Trim(), out var id) ? Languages.FindById(id) : null;
        if (known is null) return WebUtility.HtmlEncode(code);

        _formatter ??= new HtmlClassFormatter();
        var html = _formatter.GetHtmlString(code, known);
        // ColorCode wraps its output in <div class="lang"><pre>\n … \n</pre></div>; keep only the inside.
        var start = html.IndexOf("<pre>", StringComparison.Ordinal) + "<pre>".Length;
        var end = html.LastIndexOf("</pre>", StringComparison.Ordinal);
        return html[start..end].Trim('\n').Replace("\r", "", StringComparison.Ordinal);
    }

    /// <summary>The CSS class naming a language on a code element: <c>language-csharp</c>.</summary>
    public static string LanguageClass(string? language) =>
        "language-" + (string.IsNullOrWhiteSpace(language) ? "text" : language.Trim().ToLowerInvariant().Replace("#", "sharp", StringComparison.Ordinal));
}
