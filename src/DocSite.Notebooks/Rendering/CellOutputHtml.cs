using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Rendering;

/// <summary>
/// Renders cell outputs as HTML for a page. Each output is one element with class <c>nb-output</c> plus:
/// <c>nb-html</c> (text/html, passed through), <c>nb-image</c> (image/svg+xml inline, PNG/JPEG/GIF as data URIs),
/// <c>nb-text</c> (text/plain, escaped in <c>pre</c>), <c>nb-stdout</c> / <c>nb-stderr</c> (streams, in <c>pre</c>; terminal
/// colours as <c>ansi-*</c> spans),
/// <c>nb-error</c> (exception name, message, top frames). Plotly charts are text/html with class
/// <c>docsite-plotly</c>; they need the page to load plotly.js (<see cref="PlotlyScript"/>).
/// </summary>
public static partial class CellOutputHtml
{
    private static readonly string[] ImageTypes = ["image/png", "image/jpeg", "image/gif"];

    /// <summary>All outputs of a cell, in order.</summary>
    public static string Render(IEnumerable<CellOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var html = new StringBuilder();
        foreach (var output in outputs)
        {
            html.Append(Render(output)).Append('\n');
        }

        return html.ToString();
    }

    /// <summary>One output.</summary>
    public static string Render(CellOutput output) => output switch
    {
        StreamOutput stream => $"<pre class=\"nb-output nb-{(stream.Name == StreamOutput.StandardError ? "stderr" : "stdout")}\">{Text(stream.Text)}</pre>",
        ErrorOutput error => RenderError(error),
        DisplayOutput display => RenderDisplay(display),
        null => throw new ArgumentNullException(nameof(output)),
        _ => throw new ArgumentOutOfRangeException(nameof(output), output.GetType().Name, "unknown output type"),
    };

    private static string RenderDisplay(DisplayOutput display)
    {
        var data = display.Data;
        if (data.TryGetValue("text/html", out var html))
        {
            return $"<div class=\"nb-output nb-html\">{WithoutKernelStyles(html)}</div>";
        }

        if (data.TryGetValue("image/svg+xml", out var svg))
        {
            return $"<div class=\"nb-output nb-image\">{svg}</div>";
        }

        var alt = data.TryGetValue("text/plain", out var plain) ? WebUtility.HtmlEncode(plain) : "";
        foreach (var type in ImageTypes)
        {
            if (data.TryGetValue(type, out var base64))
            {
                return $"<div class=\"nb-output nb-image\"><img src=\"data:{type};base64,{Whitespace().Replace(base64, "")}\" alt=\"{alt}\"></div>";
            }
        }

        if (plain is not null)
        {
            return $"<pre class=\"nb-output nb-text\">{Text(plain)}</pre>";
        }

        var textual = data.FirstOrDefault(d => d.Key.StartsWith("text/", StringComparison.Ordinal) || d.Key.EndsWith("json", StringComparison.Ordinal));
        return textual.Key is null ? "" : $"<pre class=\"nb-output nb-text\">{Text(textual.Value)}</pre>";
    }

    private static string RenderError(ErrorOutput error)
    {
        var text = new StringBuilder();
        text.Append("<div class=\"nb-output nb-error\"><pre>");
        text.Append("<strong>").Append(WebUtility.HtmlEncode(error.Name)).Append("</strong>: ").Append(Text(error.Message));
        foreach (var frame in error.Frames)
        {
            text.Append('\n').Append("  ").Append(Text(frame));
        }

        return text.Append("</pre></div>").ToString();
    }

    /// <summary>Escaped text with Unix line ends, its terminal colours as coloured spans (<see cref="AnsiHtml"/>).</summary>
    private static string Text(string text) => AnsiHtml.Render(text.ReplaceLineEndings("\n"));

    // .NET Interactive appends a <style> block with page-wide rules (`table td`, `table tr td pre`) to each HTML
    // value; the site's stylesheet styles the .dni-* classes instead.
    private static string WithoutKernelStyles(string html) => KernelStyle().Replace(html, "");

    [GeneratedRegex(@"<style>(?:(?!</style>).)*\.dni-(?:(?!</style>).)*</style>", RegexOptions.Singleline)]
    private static partial Regex KernelStyle();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
