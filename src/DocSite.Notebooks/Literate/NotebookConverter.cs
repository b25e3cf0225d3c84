using System.Text;
using DocSite.Diagnostics;
using DocSite.Notebooks.Files;
using DocSite.Notebooks.Ipynb;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Literate;

/// <summary>
/// Converts a notebook between .ipynb (or .dib) and the literate .cs form, both ways without loss of sources,
/// Markdown, tags and <c>docsite</c> settings. Outputs are not carried: a .cs has nowhere to keep them.
/// </summary>
public static class NotebookConverter
{
    public const string CSharp = "cs";
    public const string Ipynb = "ipynb";

    /// <summary>Whether the .cs file at <paramref name="path"/> is a notebook (written in cells); false when it cannot be read.</summary>
    public static bool IsCsNotebook(string path)
    {
        try
        {
            return File.ReadLines(path).Any(CellMarker.IsMarker);
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <param name="sourcePath">The notebook to read.</param>
    /// <param name="format"><see cref="CSharp"/> or <see cref="Ipynb"/>.</param>
    /// <param name="outputPath">The file to write (replaced if it exists).</param>
    /// <returns>Problems with the source, located in it; none when the file was written.</returns>
    public static IReadOnlyList<BuildDiagnostic> Convert(string sourcePath, string format, string outputPath)
    {
        ArgumentNullException.ThrowIfNull(sourcePath);
        var folder = Directory.GetCurrentDirectory();
        var relative = Path.GetRelativePath(folder, Path.GetFullPath(sourcePath)).Replace('\\', '/');
        NotebookDocument document;
        try
        {
            document = NotebookReader.Read(folder, relative);
        }
        catch (NotebookReadException e)
        {
            return [new BuildDiagnostic(relative, e.Line, e.Column, e.Code, e.Message)];
        }

        var output = Path.GetFullPath(outputPath);
        var bytes = format == CSharp
            ? Encoding.UTF8.GetBytes(CsNotebookWriter.Write(document, PlainRunLines.FindApiProject(Path.GetDirectoryName(output)!)))
            : IpynbJson.ToBytes(document.Json);
        AtomicFile.Write(output, bytes);
        return [];
    }
}
