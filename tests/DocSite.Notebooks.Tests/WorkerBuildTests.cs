using System.Reflection;
using System.Reflection.PortableExecutable;
using DocSite.Notebooks.Execution;

namespace DocSite.Notebooks.Tests;

/// <summary>
/// How the worker is built decides how fast it starts (tests/bench/notebook-engine.sh measures it): its start
/// path is precompiled, and Roslyn's IDE features, which a worker never uses, are not shipped.
/// </summary>
public sealed class WorkerBuildTests
{
    private static readonly string WorkerFolder = Path.GetDirectoryName(WorkerLocator.FindWorkerAssembly())!;

    // `-p:NotebookWorkerReadyToRun=false` builds the worker without precompiling anything.
    private static readonly bool ReadyToRunBuild = typeof(WorkerBuildTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "NotebookWorkerReadyToRun").Value != "false";

    [Theory]
    [InlineData("Microsoft.CodeAnalysis.dll")]
    [InlineData("Microsoft.CodeAnalysis.CSharp.dll")]
    [InlineData("Microsoft.DotNet.Interactive.CSharp.dll")]
    public void Start_path_assemblies_are_precompiled(string file) =>
        Assert.True(IsReadyToRun(Path.Combine(WorkerFolder, file)) == ReadyToRunBuild,
            $"{file} in {WorkerFolder}: expected {(ReadyToRunBuild ? "a ReadyToRun image" : "IL only (NotebookWorkerReadyToRun=false)")}");

    [Theory]
    [InlineData("DocSite.NotebookWorker.dll")]
    [InlineData("FSharp.Compiler.Service.dll")]
    public void Other_assemblies_stay_il(string file) =>
        Assert.False(IsReadyToRun(Path.Combine(WorkerFolder, file)), $"{file} in {WorkerFolder} is precompiled");

    [Fact]
    public void Roslyn_ide_features_and_visual_basic_are_not_shipped()
    {
        var dependencies = File.ReadAllText(Path.Combine(WorkerFolder, "DocSite.NotebookWorker.deps.json"));
        Assert.DoesNotContain("Microsoft.CodeAnalysis.Features.dll", dependencies, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.CSharp.Features.dll", dependencies, StringComparison.Ordinal);
        Assert.DoesNotContain("Microsoft.CodeAnalysis.VisualBasic.dll", dependencies, StringComparison.Ordinal);
        Assert.Contains("Microsoft.CodeAnalysis.CSharp.Workspaces.dll", dependencies, StringComparison.Ordinal);
    }

    private static bool IsReadyToRun(string path)
    {
        using var reader = new PEReader(File.OpenRead(path));
        return reader.PEHeaders.CorHeader is { ManagedNativeHeaderDirectory.Size: > 0 };
    }
}
