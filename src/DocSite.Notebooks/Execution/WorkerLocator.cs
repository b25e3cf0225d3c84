namespace DocSite.Notebooks.Execution;

/// <summary>
/// Finds the worker: <c>notebook-worker/DocSite.NotebookWorker.dll</c> in the application's folder, where the
/// build of any project referencing this library puts it. <c>DOCSITE_NOTEBOOK_WORKER</c> may point elsewhere.
/// </summary>
internal static class WorkerLocator
{
    public const string EnvironmentVariable = "DOCSITE_NOTEBOOK_WORKER";
    private const string Folder = "notebook-worker";
    private const string AssemblyFile = "DocSite.NotebookWorker.dll";

    public static string? TryFindWorkerAssembly()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        string?[] folders = [AppContext.BaseDirectory, Path.GetDirectoryName(typeof(WorkerLocator).Assembly.Location)];
        return folders
            .OfType<string>()
            .Where(f => f.Length > 0)
            .Select(f => Path.Combine(f, Folder, AssemblyFile))
            .FirstOrDefault(File.Exists);
    }

    public static string FindWorkerAssembly() =>
        TryFindWorkerAssembly() ?? throw new FileNotFoundException(
            $"The notebook worker ({Folder}/{AssemblyFile}) is not next to the application; build the project that references DocSite.Notebooks again, or set {EnvironmentVariable}.");
}
