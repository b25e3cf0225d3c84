using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Execution;

/// <summary>Turns a notebook and the engine's options into the list of cells to run.</summary>
internal static class ExecutionPlanner
{
    private const string TorchSharpPackage = "TorchSharp-cpu";

    public static ExecutionPlan Plan(NotebookDocument document, NotebookEngineOptions options, Action<string> log)
    {
        var cells = new List<NotebookCell>();
        NotebookCell? injected = null;
        var parametersSeen = false;
        var runnable = document.CodeCells.Where(c =>
            c.KernelName == KernelNames.CSharp && !c.HasTag(CellTags.SkipExecution) && !string.IsNullOrWhiteSpace(c.Source));
        foreach (var cell in runnable)
        {
            cells.Add(cell);
            if (!parametersSeen && cell.HasTag(CellTags.Parameters))
            {
                parametersSeen = true;
                if (ParameterInjector.InjectedCode(cell.Source, options.Parameters) is { } code)
                {
                    injected = cell with { Source = code, Tags = [CellTags.InjectedParameters] };
                    cells.Add(injected);
                }

                var declared = ParameterInjector.DeclaredNames(cell.Source);
                foreach (var unknown in options.Parameters.Keys.Where(k => !declared.Contains(k, StringComparer.Ordinal)))
                {
                    log($"{document.SourcePath}: parameter \"{unknown}\" is not declared in the parameters cell; ignored");
                }
            }
        }

        var torchSharp = cells
            .SelectMany(c => PackageReferenceScanner.Find(c.Source).Concat(ImportedPackages(document, c.Source)))
            .Where(p => p.IsPinned && p.Name.Equals(TorchSharpPackage, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.ExactVersion!.ToNormalizedString())
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        return new ExecutionPlan(
            document,
            cells,
            injected,
            torchSharp,
            document.Settings.CellTimeout ?? options.CellTimeout,
            document.Settings.NotebookTimeout ?? options.NotebookTimeout);
    }

    private static IEnumerable<PackageReference> ImportedPackages(NotebookDocument document, string code) =>
        ImportScanner.Find(code)
            .Select(import => Path.GetFullPath(import, document.Directory))
            .Where(File.Exists)
            .SelectMany(path => PackageReferenceScanner.Find(File.ReadAllText(path)));
}
