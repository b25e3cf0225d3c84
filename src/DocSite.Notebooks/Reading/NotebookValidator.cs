using DocSite.Diagnostics;

namespace DocSite.Notebooks.Reading;

/// <summary>Checks what can be checked before running: kernels the engine runs, pinned package versions.</summary>
internal static class NotebookValidator
{
    public static IReadOnlyList<BuildDiagnostic> Validate(NotebookDocument document)
    {
        var problems = new List<BuildDiagnostic>();
        foreach (var cell in document.CodeCells.Where(c => !c.HasTag(CellTags.SkipExecution)))
        {
            if (cell.KernelName != KernelNames.CSharp)
            {
                // remove-cell only leaves a cell off the page; it still runs, so it is no way around this.
                problems.Add(new BuildDiagnostic(document.SourcePath, null, null, DiagnosticCodes.UnsupportedKernel,
                    $"this cell is for the \"{cell.KernelName}\" kernel, which the build does not run (only C# runs); " +
                    $"tag it \"{CellTags.SkipExecution}\" to keep it without running it", cell.Number));
                continue;
            }

            foreach (var package in PackageReferenceScanner.Find(cell.Source).Where(p => !p.IsPinned))
            {
                problems.Add(Unpinned(document, cell, package, package.Line, ""));
            }

            foreach (var import in ImportScanner.Find(cell.Source))
            {
                var path = Path.GetFullPath(import, document.Directory);
                if (File.Exists(path))
                {
                    foreach (var package in PackageReferenceScanner.Find(File.ReadAllText(path)).Where(p => !p.IsPinned))
                    {
                        problems.Add(Unpinned(document, cell, package, null, $" (in {import}, line {package.Line})"));
                    }
                }
            }
        }

        return problems;
    }

    private static BuildDiagnostic Unpinned(NotebookDocument document, NotebookCell cell, PackageReference package, int? line, string where) =>
        new(document.SourcePath, line, null, DiagnosticCodes.UnpinnedPackage,
            $"package \"{package.Name}\" has " + (package.Version is null ? "no version" : $"the version \"{package.Version}\", which is not exact") +
            $"{where}: versions must be pinned, e.g. #r \"nuget: {package.Name}, 1.2.3\", so that every build runs the same code", cell.Number);
}
