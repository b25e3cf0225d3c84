using Markdig.Syntax;

namespace DocSite.Documents;

/// <summary>Markdown from a page or a notebook cell, with where it starts so diagnostics point into the source.</summary>
/// <param name="Text">The Markdown.</param>
/// <param name="FirstLine">The 1-based line of the file (or cell) where <paramref name="Text"/> starts.</param>
/// <param name="Cell">The notebook cell it comes from, if it does.</param>
public sealed record MarkdownBlock(string Text, int FirstLine, int? Cell = null) : PageBlock
{
    /// <summary>The syntax tree, from analysis until rendering (steps between may change it); released once rendered.</summary>
    public MarkdownDocument? Document { get; set; }
}
