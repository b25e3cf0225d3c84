using DocSite.Documents;
using Markdig.Syntax;

namespace DocSite.Scholarly;

/// <summary>A page's citations, in order, the BibTeX file they are looked up in, and the tree its bibliography ends.</summary>
/// <param name="BibliographyPath">Relative to the site root, with '/' separators.</param>
public sealed record PageCitations(Page Page, string BibliographyPath, IReadOnlyList<CitationCluster> Clusters, MarkdownDocument End);
