using DocSite.Diagnostics;
using DocSite.Documents;
using DocSite.Notebooks.Literate;
using DocSite.Notebooks.Sources;
using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>
/// Finds the site's sources: Markdown pages and static files under input/, notebooks under notebooks/. Reads
/// pages as strict UTF-8 with their front matter, refuses two sources with one output path, never reads through
/// a symbolic link that leads outside the site root, and never walks a link loop. Then knows every URL.
/// </summary>
public sealed class ReadSources : IBuildStep
{
    private static readonly string[] NotebookExtensions = [".ipynb", ".dib", ".cs"];

    public string Name => "read";

    public Task<string?> RunAsync(BuildContext context)
    {
        var tree = new SourceTree(context.Root);
        foreach (var source in tree.FilesUnder(OutputPaths.InputFolder, IsHidden))
        {
            if (!source.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
                context.Files.Add(new StaticFile(source, OutputPaths.OfStaticFile(source)));
            else if (TryRead(context, source) is { } page && (!page.FrontMatter.Draft || context.Options.IncludeDrafts))
                context.Pages.Add(page);
        }
        context.Notebooks.AddRange(tree.FilesUnder(OutputPaths.NotebookFolder, IsHidden).Where(path => IsNotebook(context.Root, path)));

        foreach (var problem in tree.Problems)
            context.Diagnostics.Add(new BuildDiagnostic(problem.Path, null, null, problem.Code, problem.Message));
        var outputs = OutputsBySource(context);
        CheckCollisions(outputs, context.Diagnostics);
        context.Urls = new SiteUrls(context.Config.BasePath, outputs);
        return Task.FromResult<string?>($"{context.Pages.Count} pages, {context.Notebooks.Count} notebooks, {context.Files.Count} files");
    }

    // Hidden files and folders, and those starting with '_' (partials, shared code), are not sources of their own;
    // nor are the executed copies `run` writes beside a notebook.
    private static bool IsHidden(string name) => name.StartsWith('.') || name.StartsWith('_');

    // A .cs file is a notebook only when written in cells; other C# beside the notebooks is code, not a page.
    private static bool IsNotebook(string root, string path) =>
        NotebookExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)
        && !path.EndsWith(Notebooks.NotebookEngine.ExecutedSuffix, StringComparison.OrdinalIgnoreCase)
        && (!path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || NotebookConverter.IsCsNotebook(Path.Combine(root, path)));

    private static Page? TryRead(BuildContext context, string source)
    {
        try
        {
            var text = SourceText.Read(Path.Combine(context.Root, source), source);
            var (meta, body, bodyLine) = FrontMatterParser.Parse(text, source);
            return new Page
            {
                SourcePath = source,
                OutputPath = OutputPaths.OfMarkdownPage(source),
                Kind = PageKind.Markdown,
                FrontMatter = meta,
                Blocks = [new MarkdownBlock(body, bodyLine)],
            };
        }
        catch (BuildFailedException e)
        {
            foreach (var d in e.Diagnostics) context.Diagnostics.Add(d);
            return null;
        }
    }

    private static Dictionary<string, string> OutputsBySource(BuildContext context)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in context.Pages) map[page.SourcePath] = page.OutputPath;
        foreach (var file in context.Files) map[file.SourcePath] = file.OutputPath;
        foreach (var notebook in context.Notebooks) map[notebook] = OutputPaths.OfNotebookPage(notebook);
        return map;
    }

    private static void CheckCollisions(Dictionary<string, string> outputs, DiagnosticBag errors)
    {
        foreach (var clash in outputs.GroupBy(o => o.Value, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = clash.Select(c => c.Key).Order(StringComparer.Ordinal).ToList();
            errors.Add(new BuildDiagnostic(sources[1], 1, null, DiagnosticCodes.OutputCollision,
                $"`{sources[1]}` and `{sources[0]}` would both be written to `{clash.Key}`; rename or move one of them"));
        }
    }
}
