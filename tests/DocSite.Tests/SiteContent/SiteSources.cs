using System.Text.Json;
using DocSite.Tests.Support;

namespace DocSite.Tests.SiteContent;

/// <summary>The repository's own site, as its prose sources: the Markdown pages and the notebooks' Markdown cells.</summary>
public static class SiteSources
{
    public static string Root { get; } = RepositoryRoot.Path;

    public static IEnumerable<string> MarkdownPages() =>
        Directory.EnumerateFiles(Path.Combine(Root, "input"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>Each Markdown cell of each .ipynb notebook, named "notebooks/x.ipynb:cell N".</summary>
    public static IEnumerable<(string Source, string Markdown)> NotebookMarkdownCells()
    {
        foreach (var notebook in Directory.EnumerateFiles(Path.Combine(Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(notebook));
            var index = 0;
            foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray())
            {
                index++;
                if (cell.GetProperty("cell_type").GetString() != "markdown") continue;
                yield return ($"{Relative(notebook)}:cell {index}", string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString())));
            }
        }
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path);
}
