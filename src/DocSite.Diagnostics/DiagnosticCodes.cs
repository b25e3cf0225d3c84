namespace DocSite.Diagnostics;

/// <summary>Every error code the generator and the notebook engine report, in one place.</summary>
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
    /// <summary>A symbolic link (or a path, such as a notebook's declared input) among the sources leads outside the site root.</summary>
    public const string LinkOutsideRoot = "SRC001";
    /// <summary>A symbolic link makes a loop, or leads into a folder that is read already.</summary>
    public const string LinkLoop = "SRC002";
    /// <summary>A symbolic link among the sources points to nothing.</summary>
    public const string DanglingLink = "SRC003";
    /// <summary>The front-end packages could not be restored.</summary>
    public const string NodePackages = "NPM001";

    /// <summary>Markdown nested deeper than the parser allows (block quotes or lists thousands of levels deep).</summary>
    public const string MarkdownTooDeep = "MD001";

    /// <summary>The file system refused an operation the build needed (a folder that cannot be read or created).</summary>
    public const string FileSystem = "IO001";

    /// <summary>A page needs a front-end package that node_modules does not have (package.json lacks it).</summary>
    public const string MissingNodePackage = "NPM002";

    /// <summary>A notebook cell failed: a compile error (with its line in the cell) or an exception (message and top frames).</summary>
    public const string CellFailed = "NB001";

    /// <summary>A notebook cell or the whole notebook ran longer than its timeout; the worker was killed.</summary>
    public const string NotebookTimeout = "NB002";

    /// <summary>The notebook worker process crashed (stack overflow, <c>Environment.FailFast</c>…), or could not start.</summary>
    public const string WorkerCrashed = "NB003";

    /// <summary>A notebook cell is for a kernel the engine does not run (only C# runs); tag it <c>skip-execution</c> to keep it.</summary>
    public const string UnsupportedKernel = "NB004";

    /// <summary>A <c>#r "nuget: …"</c> without an exact version: versions must be pinned.</summary>
    public const string UnpinnedPackage = "NB005";

    /// <summary>Execution is off (<c>--no-execute</c>) and the cache holds no outputs for this version of the notebook.</summary>
    public const string NotCached = "NB006";

    /// <summary>The notebook file cannot be read or parsed, or its <c>docsite</c> metadata is invalid.</summary>
    public const string UnreadableNotebook = "NB007";

    /// <summary>Preparing TorchSharp's native libraries (restore, patched copy) failed.</summary>
    public const string NativeSetupFailed = "NB008";

    /// <summary>A page uses a notebook result that does not exist: an unknown notebook, or a name the notebook did not publish.</summary>
    public const string UnknownResult = "GLUE001";

    /// <summary>A page uses a notebook result in a way its kind does not allow (a chart or table inline, a string in a claim).</summary>
    public const string WrongResultKind = "GLUE002";

    /// <summary>A page uses the results of a notebook that failed; the notebook's own error says why.</summary>
    public const string FailedNotebookUsed = "GLUE003";

    /// <summary>A result reference or claim cannot be read (bad syntax), or its .NET format string is invalid.</summary>
    public const string MalformedReference = "GLUE004";

    /// <summary>A claim about notebook results does not hold.</summary>
    public const string ClaimFailed = "CLAIM001";

    /// <summary>A formula's TeX is invalid: KaTeX's parse error, at the formula.</summary>
    public const string InvalidMath = "MATH001";

    /// <summary>The site has KaTeX but math cannot be typeset with it: Node.js is missing or failed.</summary>
    public const string MathUnavailable = "MATH002";

    /// <summary>The site has Pagefind, but the search index could not be built (Node.js missing, Pagefind failed).</summary>
    public const string SearchIndex = "SEARCH001";

    /// <summary>A citation names a key that the page's BibTeX file does not have (or there is no such file).</summary>
    public const string UnknownCitation = "CITE001";

    /// <summary>Pages cite works, but citations cannot be formatted: Node.js or the citation packages are missing, or the CSL style is unknown.</summary>
    public const string CitationsUnavailable = "CITE002";

    /// <summary>A BibTeX file has a syntax error, at its line.</summary>
    public const string InvalidBibliography = "BIB001";

    /// <summary>A BibTeX file gives the same key (compared without case, as BibTeX does) to two entries.</summary>
    public const string DuplicateBibliographyKey = "BIB002";

    /// <summary><c>@fig-…</c>, <c>@tbl-…</c> or <c>@eq-…</c> refers to no labelled figure, table or equation of the page.</summary>
    public const string UnknownCrossReference = "XREF001";

    /// <summary>A page gives the same figure, table or equation label twice.</summary>
    public const string DuplicateLabel = "XREF002";

    /// <summary>A theme strings file (<c>theme/strings/LANGUAGE.yml</c>) is not a mapping of names to texts.</summary>
    public const string ThemeStrings = "STRINGS001";
}
