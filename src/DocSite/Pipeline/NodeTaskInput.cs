using DocSite.Markdown;
using DocSite.Scholarly;

namespace DocSite.Pipeline;

/// <summary>The build's Node work, sent to node-tasks.js: math, citations, or both.</summary>
public sealed record NodeTaskInput(MathTask? Math, CitationTask? Citations);
