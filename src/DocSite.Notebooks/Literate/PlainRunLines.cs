namespace DocSite.Notebooks.Literate;

/// <summary>
/// The lines that give a .cs notebook the notebook API when it runs on its own (<c>dotnet run x.cs</c>): a
/// <c>#:project</c> reference to DocSite.Notebook.Api and <c>using static DocSite.Notebook.Api.Notebook;</c>.
/// In the build the kernel has <c>display</c> and <c>publish</c> already, so the build leaves both lines out.
/// </summary>
internal static class PlainRunLines
{
    public const string ApiProjectName = "DocSite.Notebook.Api";

    public const string ApiUsing = $"using static {ApiProjectName}.Notebook;";

    public static bool IsPlainRunOnly(string line)
    {
        var trimmed = line.Trim();
        return trimmed == ApiUsing || FileDirective.Parse(trimmed) is { Kind: FileDirective.Project } project && IsApiProject(project.Value);
    }

    /// <summary>Whether a <c>#:project</c> path names the API project (its folder or its .csproj).</summary>
    public static bool IsApiProject(string path)
    {
        var name = Path.GetFileName(path.Replace('\\', '/').TrimEnd('/'));
        return name == ApiProjectName || name == ApiProjectName + ".csproj";
    }

    /// <summary>The API project's folder relative to <paramref name="notebookFolder"/>, found in a folder above it; null when there is none.</summary>
    public static string? FindApiProject(string notebookFolder)
    {
        for (var folder = new DirectoryInfo(notebookFolder); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", ApiProjectName);
            if (File.Exists(Path.Combine(candidate, ApiProjectName + ".csproj")))
            {
                return Path.GetRelativePath(notebookFolder, candidate).Replace('\\', '/');
            }
        }

        return null;
    }
}
