using System.Reflection;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive;

namespace DocSite.NotebookWorker;

/// <summary>
/// Loads .NET Interactive extensions that packages ship in <c>interactive-extensions/dotnet/</c>, as the
/// dotnet-interactive tool does (no library package does it).
/// </summary>
internal static class ExtensionLoader
{
    private static readonly HashSet<string> Loaded = new(StringComparer.Ordinal);

    public static async Task LoadAsync(IReadOnlyList<ResolvedPackageReference> references, Kernel root)
    {
        foreach (var reference in references)
        {
            var folder = Path.Combine(reference.PackageRoot, "interactive-extensions", "dotnet");
            if (!Directory.Exists(folder))
            {
                continue;
            }

            foreach (var dll in Directory.GetFiles(folder, "*.dll").Order(StringComparer.Ordinal))
            {
                if (!Loaded.Add(Path.GetFullPath(dll)))
                {
                    continue;
                }

                var assembly = AssemblyLoadContext.Default.LoadFromAssemblyPath(dll);
                foreach (var type in ExtensionTypes(assembly))
                {
                    WorkerLog.Write($"loading kernel extension {type.FullName} from {dll}");
                    var extension = (IKernelExtension)Activator.CreateInstance(type)!;
                    await extension.OnLoadAsync(root).ConfigureAwait(false);
                }
            }
        }
    }

    private static IEnumerable<Type> ExtensionTypes(Assembly assembly) =>
        assembly.ExportedTypes.Where(t =>
            t is { IsClass: true, IsAbstract: false }
            && typeof(IKernelExtension).IsAssignableFrom(t)
            && t.GetConstructor(Type.EmptyTypes) is not null);
}
