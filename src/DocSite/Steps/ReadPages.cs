using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Notebooks.Sources;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>
/// Finds the site's sources: Markdown pages and static files under input/, notebooks under notebooks/.
/// Reads pages as strict UTF-8, parses their front matter, and refuses two sources with one output path.
/// Never reads through a symbolic link that leads outside the site root, and never walks a link loop.
/// </summary>
public static class ReadPages
{
    public const string InputFolder = "input";
    public const string NotebookFolder = "notebooks";
    private static readonly string[] NotebookExtensions = [".ipynb", ".dib"];

    public static SiteSources Run(BuildOptions options)
    {
        var root = options.RootDirectory;
        var errors = new DiagnosticBag();
        var pages = new List<SourcePage>();
        var files = new List<StaticFile>();
        var tree = new SourceTree(root);

        foreach (var source in tree.FilesUnder(InputFolder, IsHidden))
        {
            var relative = source[(InputFolder.Length + 1)..];
            if (source.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                var page = TryRead(root, source, relative[..^3] + ".html", errors);
                if (page is not null && (!page.Meta.Draft || options.IncludeDrafts)) pages.Add(page);
            }
            else
            {
                files.Add(new StaticFile(source, relative));
            }
        }

        var notebooks = tree.FilesUnder(NotebookFolder, IsHidden)
            .Where(p => NotebookExtensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .ToList();

        foreach (var problem in tree.Problems)
            errors.Add(new BuildDiagnostic(problem.Path, null, null, problem.Code, problem.Message));
        CheckCollisions(pages, files, notebooks, errors);
        errors.ThrowIfAny();
        return new SiteSources(pages, files, notebooks);
    }

    /// <summary>The output page of a notebook: notebooks/x.ipynb → notebooks/x.html.</summary>
    public static string NotebookOutputPath(string notebookSource) =>
        notebookSource[..^Path.GetExtension(notebookSource).Length] + ".html";

    // Hidden files and folders, and those starting with '_' (partials, shared code), are not sources of their own.
    private static bool IsHidden(string name) => name.StartsWith('.') || name.StartsWith('_');

    private static SourcePage? TryRead(string root, string source, string output, DiagnosticBag errors)
    {
        try
        {
            var text = SourceText.Read(Path.Combine(root, source), source);
            var (meta, body, bodyLine) = FrontMatterParser.Parse(text, source);
            return new SourcePage(source, output, PageKind.Markdown, meta, body, bodyLine);
        }
        catch (BuildFailedException e)
        {
            foreach (var d in e.Diagnostics) errors.Add(d);
            return null;
        }
    }

    private static void CheckCollisions(List<SourcePage> pages, List<StaticFile> files, List<string> notebooks, DiagnosticBag errors)
    {
        var outputs = pages.Select(p => (p.OutputPath, p.SourcePath))
            .Concat(files.Select(f => (f.OutputPath, f.SourcePath)))
            .Concat(notebooks.Select(n => (OutputPath: NotebookOutputPath(n), SourcePath: n)));
        foreach (var clash in outputs.GroupBy(o => o.OutputPath, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = clash.Select(c => c.SourcePath).Order(StringComparer.Ordinal).ToList();
            errors.Add(new BuildDiagnostic(sources[1], 1, null, DiagnosticCodes.OutputCollision,
                $"`{sources[1]}` and `{sources[0]}` would both be written to `{clash.Key}`; rename or move one of them"));
        }
    }
}
