using System.Security.Cryptography;
using System.Text;
using DocSite.Notebooks.Execution;

namespace DocSite.Notebooks.Caching;

/// <summary>
/// The content hash a notebook's outputs are stored under: the code that runs (cell sources with their kernel
/// and the tags that change execution, injected parameters, and through them the pinned package versions), the
/// engine, and the content of every file the notebook declares it reads or imports. Markdown cells are not part
/// of it: editing prose re-renders the page without re-running anything.
/// </summary>
internal static class CacheKey
{
    /// <param name="plan">The cells that run.</param>
    /// <param name="inputs">Declared and imported files (absolute paths); missing ones are recorded as missing.</param>
    /// <param name="rootDirectory">The site root, so that paths in the key are relative (keys survive moving the checkout).</param>
    public static string Compute(ExecutionPlan plan, IReadOnlyList<string> inputs, string rootDirectory)
    {
        var text = new StringBuilder();
        text.Append("docsite-notebook\n").Append(EngineFingerprint.Current).Append('\n');
        foreach (var cell in plan.Cells)
        {
            text.Append("cell ").Append(plan.IsInjected(cell) ? "injected" : "source")
                .Append(cell.HasTag(CellTags.RaisesException) ? " raises-exception" : "")
                .Append(' ').Append(cell.Source.Length).Append('\n').Append(cell.Source).Append('\n');
        }

        foreach (var input in inputs.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(rootDirectory, input).Replace('\\', '/');
            var hash = File.Exists(input) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(input))) : "missing";
            text.Append("input ").Append(relative).Append(' ').Append(hash).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
