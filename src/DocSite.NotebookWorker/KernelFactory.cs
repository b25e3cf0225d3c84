using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace DocSite.NotebookWorker;

/// <summary>Builds the kernel a notebook runs in: C# with <c>#r "nuget:"</c>, <c>display()</c> and <c>#!import</c>.</summary>
internal static class KernelFactory
{
    public const string CSharpKernelName = "csharp";

    public static CompositeKernel Create()
    {
        CompositeKernel? root = null;
        var csharp = new CSharpKernel(CSharpKernelName)
            .UseNugetDirective<CSharpKernel>((kernel, references) => OnPackagesResolvedAsync(kernel, root!, references))
            .UseKernelHelpers();

        root = new CompositeKernel { csharp };
        root.DefaultKernelName = CSharpKernelName;
        root.UseImportMagicCommand();

        // Keep both an HTML and a plain-text form of every value (the default is one MIME type only);
        // strings stay plain text.
        Formatter.SetPreferredMimeTypesFor(typeof(object), "text/html", "text/plain");
        Formatter.SetPreferredMimeTypesFor(typeof(string), "text/plain");
        return root;
    }

    private static async Task OnPackagesResolvedAsync(
        CSharpKernel kernel, Kernel root, IReadOnlyList<ResolvedPackageReference> references)
    {
        kernel.AddAssemblyReferences(references.SelectMany(r => r.AssemblyPaths));
        await ExtensionLoader.LoadAsync(references, root).ConfigureAwait(false);

        // After any extension, so that our chart formatter is the one that wins.
        PlotlyFormatter.RegisterIfReferenced(references);
    }
}
