namespace DocSite.Markdown;

/// <summary>One formula to typeset: its TeX, and whether it is displayed on a line of its own.</summary>
public sealed record Formula(string Tex, bool Display);
