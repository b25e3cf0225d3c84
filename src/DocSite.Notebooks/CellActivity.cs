namespace DocSite.Notebooks;

/// <summary>A cell that starts running.</summary>
/// <param name="Notebook">The notebook's path relative to the site root.</param>
/// <param name="Index">Its position among the cells that run (1-based).</param>
/// <param name="Count">How many cells run.</param>
/// <param name="CellNumber">Its number in the file (1-based, Markdown cells counted), as errors name it.</param>
/// <param name="FirstLine">Its first line of code.</param>
public sealed record CellActivity(string Notebook, int Index, int Count, int CellNumber, string FirstLine);
