using System.Text;
using DocSite.Documents;
using DocSite.Markdown;
using DocSite.Markdown.Highlighting;
using DocSite.Notebooks.Rendering;
using DocSite.Steps;

namespace DocSite.Notebooks;

/// <summary>
/// Turns an executed notebook into a page: Markdown cells through the site's Markdown pipeline (links checked
/// like any page's), code cells coloured, outputs below them, and the cell tags applied.
/// </summary>
public static class NotebookPageRenderer
{
    public static RenderedPage Render(string sourcePath, ExecutedNotebook notebook, MarkdownRenderer markdown, NotebookLabels labels)
    {
        var html = new StringBuilder();
        var headings = new List<Heading>();
        var links = new List<PageLink>();
        var features = (notebook.UsesPlotly ? PageFeatures.Plotly : PageFeatures.None)
            | (notebook.UsesPlotlyMaps ? PageFeatures.PlotlyMaps : PageFeatures.None);
        var titleDropped = false;

        foreach (var cell in notebook.Cells.Where(c => !c.HasTag(CellTags.RemoveCell)))
        {
            if (cell.Kind == CellKind.Markdown)
            {
                var (text, firstLine) = titleDropped ? (cell.Source, 1) : WithoutTitleHeading(cell.Source, notebook.Title);
                titleDropped = true;
                var rendered = markdown.Render(text, sourcePath, firstLine, cell.Number);
                html.Append(rendered.Html);
                headings.AddRange(rendered.Headings);
                links.AddRange(rendered.Links);
                features |= rendered.Features;
            }
            else if (cell.Kind == CellKind.Code)
            {
                AppendCodeCell(html, cell, labels);
            }
        }

        var content = html.ToString();
        var page = new SourcePage(sourcePath, ReadPages.NotebookOutputPath(sourcePath), PageKind.Notebook, FrontMatter.Empty with { Title = notebook.Title }, "", 1);
        return new RenderedPage(page, notebook.Title, content, headings, links, RenderPages.IdsIn(content), features);
    }

    private static void AppendCodeCell(StringBuilder html, NotebookCell cell, NotebookLabels labels)
    {
        var showInput = !cell.HasTag(CellTags.RemoveInput) && cell.Source.Trim().Length > 0;
        var showOutput = !cell.HasTag(CellTags.RemoveOutput) && cell.Outputs.Count > 0;
        if (!showInput && !showOutput) return;

        html.Append("<div class=\"cell\" id=\"cell-").Append(cell.Number).Append("\">\n");
        if (showInput)
        {
            var code = "<pre class=\"highlight\"><code class=\"" + CodeHighlighter.LanguageClass(cell.KernelName) + "\">"
                + CodeHighlighter.ToHtml(cell.Source.TrimEnd(), cell.KernelName) + "</code></pre>";
            Wrap(html, "cell-input", code, cell.HasTag(CellTags.HideInput) ? labels.ShowCode : null);
        }
        if (showOutput)
            Wrap(html, "cell-output", CellOutputHtml.Render(cell.Outputs), cell.HasTag(CellTags.HideOutput) ? labels.ShowOutput : null);
        html.Append("</div>\n");
    }

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
