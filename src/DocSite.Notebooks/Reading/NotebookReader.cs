using DocSite.Notebooks.Literate;

namespace DocSite.Notebooks.Reading;

/// <summary>Reads a notebook file of any supported format.</summary>
internal static class NotebookReader
{
    /// <exception cref="NotebookReadException">The file is missing or is not a readable notebook.</exception>
    public static NotebookDocument Read(string rootDirectory, string sourcePath)
    {
        var relative = sourcePath.Replace('\\', '/');
        var fullPath = Path.GetFullPath(relative, rootDirectory);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (IOException e)
        {
            throw new NotebookReadException($"cannot read the file: {e.Message}", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new NotebookReadException($"cannot read the file: {e.Message}", e);
        }

        return Path.GetExtension(fullPath).ToLowerInvariant() switch
        {
            ".ipynb" => IpynbReader.Read(relative, fullPath, text),
            ".dib" => DibReader.Read(relative, fullPath, text),
            ".cs" => CsNotebookReader.Read(relative, fullPath, text),
            var other => throw new NotebookReadException($"\"{other}\" is not a notebook format (.ipynb, .dib and .cs are)"),
        };
    }
}
