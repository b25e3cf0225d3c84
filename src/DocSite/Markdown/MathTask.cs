namespace DocSite.Markdown;

/// <summary>The math part of the build's Node work: every distinct formula, typeset with the site's KaTeX.</summary>
public sealed record MathTask(string Katex, IReadOnlyList<Formula> Formulas);
