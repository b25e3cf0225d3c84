using DocSite.Markdown;
using DocSite.Scholarly;

namespace DocSite.Pipeline;

/// <summary>What node-tasks.js answers: one result per formula, and the formatted citations.</summary>
public sealed record NodeTaskOutput(IReadOnlyList<RenderedFormula>? Math, CitationResults? Citations);
