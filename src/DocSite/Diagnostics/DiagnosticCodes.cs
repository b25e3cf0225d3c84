using DocSite.Notebooks.Sources;

namespace DocSite.Diagnostics;

/// <summary>Every error code the generator reports, in one place.</summary>
public static class DiagnosticCodes
{
    /// <summary>The site configuration file is missing or invalid.</summary>
    public const string Config = "CFG001";
    /// <summary>A page's YAML front matter is invalid.</summary>
    public const string FrontMatter = "YAML001";
    /// <summary>A source file is not valid UTF-8.</summary>
    public const string Encoding = "ENC001";
    /// <summary>A page asks for a layout the theme does not have.</summary>
    public const string MissingLayout = "LAYOUT001";
    /// <summary>A layout template does not parse or render.</summary>
    public const string Template = "LAYOUT002";
    /// <summary>An internal link or anchor points nowhere.</summary>
    public const string BrokenLink = "LINK001";
    /// <summary>A navigation entry points to a page that does not exist.</summary>
    public const string MissingNavPage = "NAV001";
    /// <summary>Two sources would write the same output file.</summary>
    public const string OutputCollision = "OUT001";
    /// <summary>The site could not be written to the output folder (a full disk, a read-only folder).</summary>
    public const string OutputWrite = "OUT002";
    /// <summary>A symbolic link among the sources leads outside the site root (shared with the notebook engine).</summary>
    public const string LinkOutsideRoot = SourceProblemCodes.OutsideRoot;
    /// <summary>A symbolic link makes a loop, or leads into a folder that is read already.</summary>
    public const string LinkLoop = SourceProblemCodes.Loop;
    /// <summary>A symbolic link among the sources points to nothing.</summary>
    public const string DanglingLink = SourceProblemCodes.BrokenLink;
    /// <summary>The front-end packages could not be restored.</summary>
    public const string NodePackages = "NPM001";

    /// <summary>Markdown nested deeper than the parser allows (block quotes or lists thousands of levels deep).</summary>
    public const string MarkdownTooDeep = "MD001";

    /// <summary>The file system refused an operation the build needed (a folder that cannot be read or created).</summary>
    public const string FileSystem = "IO001";

    /// <summary>A page needs a front-end package that node_modules does not have (package.json lacks it).</summary>
    public const string MissingNodePackage = "NPM002";
}
