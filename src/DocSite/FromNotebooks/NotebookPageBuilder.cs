using System.Net;
using System.Text;
using DocSite.Charts;
using DocSite.Documents;
using DocSite.Markdown.Highlighting;
using DocSite.Notebooks;
using DocSite.Notebooks.Outputs;
using DocSite.Urls;

namespace DocSite.FromNotebooks;

/// <summary>
/// Turns an executed notebook into a page: Markdown cells as Markdown blocks (analysed and rendered like any
/// page's, links checked), code cells coloured with their outputs below them, and the cell tags applied.
/// </summary>
public static class NotebookPageBuilder
{
    public static Page Build(string sourcePath, ExecutedNotebook notebook, NotebookLabels labels)
    {
        var blocks = new List<PageBlock>();
        var titleDropped = false;
        foreach (var cell in notebook.Cells.Where(c => !c.HasTag(CellTags.RemoveCell)))
        {
            if (cell.Kind == CellKind.Markdown)
            {
                var (text, firstLine) = titleDropped ? (cell.Source, 1) : WithoutTitleHeading(cell.Source, notebook.Title);
                titleDropped = true;
                blocks.Add(new MarkdownBlock(text, firstLine, cell.Number));
            }
            else if (cell.Kind == CellKind.Code && CodeCellHtml(cell, labels) is { } html)
            {
                blocks.Add(new HtmlFragment(html));
            }
        }

        var codeCells = notebook.Cells.Where(c => c.Kind == CellKind.Code && !c.HasTag(CellTags.RemoveCell)).ToList();
        return new Page
        {
            SourcePath = sourcePath,
            OutputPath = OutputPaths.OfNotebookPage(sourcePath),
            DownloadPath = OutputPaths.OfNotebookDownload(sourcePath),
            Kind = PageKind.Notebook,
            FrontMatter = FrontMatter.Empty with { Title = notebook.Title },
            Blocks = blocks,
            Features = (notebook.UsesPlotly ? PageFeatures.Plotly : PageFeatures.None)
                | (notebook.UsesPlotlyMaps ? PageFeatures.PlotlyMaps : PageFeatures.None),
            CodeLanguages = codeCells.Select(c => c.KernelName).ToHashSet(StringComparer.Ordinal),
            ChartTypes = ChartTraceTypes.Of(codeCells.SelectMany(c => c.Outputs)),
        };
    }

    private static string? CodeCellHtml(NotebookCell cell, NotebookLabels labels)
    {
        var html = new StringBuilder();
        AppendCodeCell(html, cell, labels);
        return html.Length == 0 ? null : html.ToString();
    }

    private static void AppendCodeCell(StringBuilder html, NotebookCell cell, NotebookLabels labels)
    {
        var showInput = !cell.HasTag(CellTags.RemoveInput) && cell.Source.Trim().Length > 0;
        var showOutput = !cell.HasTag(CellTags.RemoveOutput) && cell.Outputs.Count > 0;
        if (!showInput && !showOutput) return;

        html.Append("<div class=\"cell\" id=\"cell-").Append(cell.Number).Append("\">\n");
        if (showInput)
        {
            var code = "<pre class=\"highlight\" tabindex=\"0\"><code class=\"" + CodeHighlighter.LanguageClass(cell.KernelName) + "\">"
                + CodeHighlighter.ToHtml(cell.Source.TrimEnd(), cell.KernelName) + "</code></pre>";
            Wrap(html, "cell-input", code, cell.HasTag(CellTags.HideInput) ? labels.ShowCode : null);
        }
        if (showOutput)
        {
            var folded = cell.HasTag(CellTags.HideOutput) ? labels.ShowOutput
                : cell.Outputs.All(IsPackageInstall) ? labels.InstalledPackages
                : null;
            // Wide tables scroll inside the output: keyboard users reach it (tabindex), screen readers hear what it is.
            var outputs = $"<div class=\"cell-output-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{WebUtility.HtmlEncode(labels.Output)}\">{ChartOutputHtml.Render(cell.Outputs, labels.Charts)}</div>";
            Wrap(html, "cell-output", outputs, folded);
        }
        html.Append("</div>\n");
    }

    // `#r "nuget: …"` cells print the packages they installed (in English, in the kernel's words): folded, not gone.
    private static bool IsPackageInstall(CellOutput output) =>
        output is DisplayOutput display
        && display.Data.TryGetValue("text/plain", out var text)
        && text.StartsWith("Installed Packages", StringComparison.Ordinal);

    // Hidden parts stay on the page, folded, one click away.
    private static void Wrap(StringBuilder html, string cssClass, string inner, string? foldedLabel)
    {
        if (foldedLabel is null)
            html.Append("<div class=\"").Append(cssClass).Append("\">").Append(inner).Append("</div>\n");
        else
            html.Append("<details class=\"").Append(cssClass).Append("\"><summary>").Append(foldedLabel).Append("</summary>").Append(inner).Append("</details>\n");
    }

    // The layout prints the title as the page's <h1>; a first "# Title" line would repeat it.
    private static (string Text, int FirstLine) WithoutTitleHeading(string source, string title)
    {
        var lines = source.Split('\n');
        var first = Array.FindIndex(lines, l => l.Trim().Length > 0);
        if (first < 0 || !lines[first].StartsWith("# ", StringComparison.Ordinal)) return (source, 1);
        if (lines[first][2..].Trim() != title.Trim()) return (source, 1);
        return (string.Join('\n', lines.Skip(first + 1)), first + 2);
    }
}
