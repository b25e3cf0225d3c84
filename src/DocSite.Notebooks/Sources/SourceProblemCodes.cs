namespace DocSite.Notebooks.Sources;

/// <summary>The error codes of <see cref="SourceTree"/>, shared by the site build and the notebook engine.</summary>
public static class SourceProblemCodes
{
    /// <summary>A symbolic link (or a path) among the sources leads outside the site root.</summary>
    public const string OutsideRoot = "SRC001";

    /// <summary>A symbolic link makes a loop, or leads into a folder that is read already.</summary>
    public const string Loop = "SRC002";

    /// <summary>A symbolic link points to nothing.</summary>
    public const string BrokenLink = "SRC003";
}
