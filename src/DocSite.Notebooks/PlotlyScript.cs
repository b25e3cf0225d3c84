using System.Runtime.Loader;
using System.Text.RegularExpressions;

namespace DocSite.Notebooks;

/// <summary>
/// The plotly.js that Plotly.NET 6 embeds (<c>Plotly.NET.plotly-2.28.0.min.js</c>): write it once into the site's
/// assets and load it on pages whose notebook <see cref="ExecutedNotebook.UsesPlotly"/>. Chart outputs reference
/// no copy of their own, and wait for <c>window.Plotly</c> until the document is parsed, so the page may load it
/// with <c>defer</c>. Read from <c>notebook-assets/Plotly.NET.dll</c>, which the build copies next to the application.
/// </summary>
public static partial class PlotlyScript
{
    private static readonly Lazy<(string FileName, byte[] Bytes)> Script = new(Load);

    /// <summary>The file name, with plotly.js's version: <c>plotly-2.28.0.min.js</c>.</summary>
    public static string FileName => Script.Value.FileName;

    /// <summary>The minified script (about 3.6 MB).</summary>
    public static ReadOnlyMemory<byte> Bytes => Script.Value.Bytes;

    private static (string, byte[]) Load()
    {
        var assembly = new[] { AppContext.BaseDirectory, Path.GetDirectoryName(typeof(PlotlyScript).Assembly.Location) ?? "" }
            .Select(folder => Path.Combine(folder, "notebook-assets", "Plotly.NET.dll"))
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException("notebook-assets/Plotly.NET.dll is not next to the application; build the project that references DocSite.Notebooks again.");

        // A collectible context: only the resource is read, no Plotly.NET (or F#) type is loaded into the application.
        var context = new AssemblyLoadContext("plotly.js", isCollectible: true);
        try
        {
            var plotly = context.LoadFromAssemblyPath(assembly);
            foreach (var name in plotly.GetManifestResourceNames())
            {
                var match = ResourceName().Match(name);
                if (!match.Success)
                {
                    continue;
                }

                using var stream = plotly.GetManifestResourceStream(name)!;
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                return (match.Groups["file"].Value, copy.ToArray());
            }

            throw new InvalidDataException($"{assembly} embeds no plotly-*.min.js");
        }
        finally
        {
            context.Unload();
        }
    }

    [GeneratedRegex(@"^Plotly\.NET\.(?<file>plotly-[0-9.]+\.min\.js)$")]
    private static partial Regex ResourceName();
}
