namespace DocSite.Results;

/// <summary>A notebook result as prose names it: <c>../notebooks/x.ipynb#name</c>, or <c>name</c> in the notebook's own cells.</summary>
/// <param name="Notebook">The notebook's path as written, relative to the page; null for the page's own notebook.</param>
/// <param name="Name">The name the notebook published the result under.</param>
public sealed record ResultReference(string? Notebook, string Name)
{
    public override string ToString() => Notebook is null ? Name : $"{Notebook}#{Name}";
}
