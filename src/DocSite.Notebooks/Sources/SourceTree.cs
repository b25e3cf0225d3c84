using DocSite.Diagnostics;

namespace DocSite.Notebooks.Sources;

/// <summary>
/// Lists the files under a folder of the site root without ever leaving the root: a symbolic link (to a file
/// or a folder, at any depth, through any number of other links) that resolves outside the root is refused,
/// and no folder is entered twice, so a link loop is reported, not walked. What is refused is collected in
/// <see cref="Problems"/>. Every place the build finds files by listing folders goes through here: input/,
/// notebooks/, theme/ and the files a notebook declares it reads. It lives in this, the lower, library so that
/// the site build and the notebook engine share it.
/// </summary>
public sealed class SourceTree
{
    private const string LinkLoop = "the symbolic link cannot be resolved: it leads back to itself through other links";
    private readonly string _root;
    private readonly string _realRoot;
    private readonly List<BuildDiagnostic> _problems = [];

    /// <param name="root">The site root; nothing outside it is read.</param>
    public SourceTree(string root)
    {
        _root = Path.GetFullPath(root);
        _realRoot = RealPath.Of(_root) ?? _root;
    }

    /// <summary>The site root, as a full path.</summary>
    public string Root => _root;

    /// <summary>What was refused so far, in the order it was found.</summary>
    public IReadOnlyList<BuildDiagnostic> Problems => _problems;

    internal static StringComparer PathComparer { get; } = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    /// <summary>
    /// The files under <paramref name="folder"/> as root-relative paths with '/' separators, in ordinal order.
    /// A missing folder has none.
    /// </summary>
    /// <param name="folder">Relative to the root, or absolute.</param>
    /// <param name="skip">Names (of files and folders below <paramref name="folder"/>) to leave out, links included, before they are resolved.</param>
    /// <param name="maxDepth">How many folder levels below <paramref name="folder"/> to enter (0: its own files only).</param>
    public IReadOnlyList<string> FilesUnder(string folder, Func<string, bool>? skip = null, int maxDepth = int.MaxValue)
    {
        var start = Path.GetFullPath(folder, _root);
        var display = Path.GetRelativePath(_root, start).Replace('\\', '/');
        var real = RealPath.Of(start);
        if (real is null)
        {
            Add(display, DiagnosticCodes.LinkLoop, LinkLoop);
            return [];
        }

        if (!IsInside(real))
        {
            if (Path.Exists(real))
            {
                Add(display, DiagnosticCodes.LinkOutsideRoot, new FileInfo(start).LinkTarget is null
                    ? $"the path leads outside the site root, to {real}"
                    : $"the symbolic link points outside the site root, to {real}");
            }

            return [];
        }

        if (!Directory.Exists(real))
        {
            if (new FileInfo(start).LinkTarget is not null)
            {
                Add(display, DiagnosticCodes.DanglingLink, $"the symbolic link points to {Describe(real)}, which does not exist");
            }

            return [];
        }

        var walk = new SourceTreeWalk(this, skip ?? (_ => false), maxDepth);
        return walk.Run(display, real);
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it (both without links).</summary>
    internal static bool IsWithin(string path, string folder) =>
        PathComparer.Equals(path, folder) ||
        path.StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar,
            OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    internal bool IsInside(string real) => IsWithin(real, _realRoot);

    /// <summary>A path without links as the user knows it: relative to the root when inside it.</summary>
    internal string Describe(string real)
    {
        if (!IsInside(real))
        {
            return real;
        }

        var relative = Path.GetRelativePath(_realRoot, real).Replace('\\', '/');
        return relative == "." ? "the site root" : relative;
    }

    /// <summary>Records what a link among the sources leads to, when that is not something to read.</summary>
    /// <returns>True when the link may be followed: its target is in the root and exists.</returns>
    internal bool CheckLink(string display, string? target)
    {
        if (target is null)
        {
            Add(display, DiagnosticCodes.LinkLoop, LinkLoop);
        }
        else if (!IsInside(target))
        {
            Add(display, DiagnosticCodes.LinkOutsideRoot, $"the symbolic link points outside the site root, to {target}");
        }
        else if (!Path.Exists(target))
        {
            Add(display, DiagnosticCodes.DanglingLink, $"the symbolic link points to {Describe(target)}, which does not exist");
        }
        else
        {
            return true;
        }

        return false;
    }

    internal void Add(string path, string code, string message) => _problems.Add(new BuildDiagnostic(path, null, null, code, message));
}
