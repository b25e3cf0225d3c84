namespace DocSite.Notebooks.Reading;

/// <summary>Kernel names and their aliases, as Polyglot Notebooks and Jupyter spell them.</summary>
internal static class KernelNames
{
    public const string CSharp = "csharp";
    public const string Markdown = "markdown";
    public const string Raw = "raw";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["csharp"] = CSharp, ["c#"] = CSharp, ["cs"] = CSharp, [".net-csharp"] = CSharp,
        ["fsharp"] = "fsharp", ["f#"] = "fsharp", ["fs"] = "fsharp", [".net-fsharp"] = "fsharp",
        ["pwsh"] = "pwsh", ["powershell"] = "pwsh", [".net-pwsh"] = "pwsh", [".net-powershell"] = "pwsh",
        ["javascript"] = "javascript", ["js"] = "javascript",
        ["html"] = "html", ["mermaid"] = "mermaid", ["sql"] = "sql", ["kql"] = "kql", ["http"] = "http",
        ["value"] = "value", ["python"] = "python", ["python3"] = "python", ["r"] = "r",
        ["markdown"] = Markdown, ["md"] = Markdown,
    };

    /// <summary>The canonical name for <paramref name="name"/>, or null when it names no kernel.</summary>
    public static string? Normalize(string? name) =>
        name is not null && Aliases.TryGetValue(name.Trim(), out var canonical) ? canonical : null;

    /// <summary>The kernel a leading <c>#!name</c> line selects, if the cell starts with one.</summary>
    public static string? FromMagicLine(string source)
    {
        var firstLine = source.TrimStart().Split('\n', 2)[0].Trim();
        return firstLine.StartsWith("#!", StringComparison.Ordinal) ? Normalize(firstLine[2..]) : null;
    }
}
