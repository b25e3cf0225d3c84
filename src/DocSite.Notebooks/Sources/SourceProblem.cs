namespace DocSite.Notebooks.Sources;

/// <summary>A path among the sources that the build refuses to read (a symbolic link out of the site root, a loop).</summary>
/// <param name="Path">The path as seen from the site root, with '/' separators: <c>input/passwd.txt</c>.</param>
/// <param name="Code">One of <see cref="SourceProblemCodes"/>.</param>
/// <param name="Message">What is wrong, naming where the link leads.</param>
public sealed record SourceProblem(string Path, string Code, string Message)
{
    public override string ToString() => $"{Path}: error {Code}: {Message}";
}
