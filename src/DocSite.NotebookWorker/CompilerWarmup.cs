using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace DocSite.NotebookWorker;

/// <summary>
/// Compiles and runs a throwaway script on another thread while the kernel is being built: most of a first
/// submission's cost is the JIT compiling the C# compiler itself, and that work does not depend on the kernel.
/// With a free core this takes most of a second off a worker's start, for about half a second of extra CPU, so
/// the engine asks for it (<c>DOCSITE_WORKER_WARMUP=1</c>) only when it runs fewer workers than half the cores.
/// </summary>
internal static class CompilerWarmup
{
    private const string Code = """
        var words = new[] { "a", "bb", "ccc" };
        var lengths = words.Where(w => w.Length > 1).Select(w => $"{w}:{w.Length}").ToList();
        string Describe(int n) => n switch { 0 => "zero", _ => n.ToString() };
        record Point(double X, double Y);
        class Counter { public int Count { get; set; } }
        Describe(lengths.Count) + new Point(1, 2) + new Counter().Count
        """;

    public static Task Start() => Task.Run(async () =>
    {
        try
        {
            var options = ScriptOptions.Default
                .AddReferences(typeof(Enumerable).Assembly, typeof(List<>).Assembly)
                .AddImports("System", "System.Linq", "System.Collections.Generic");
            await CSharpScript.RunAsync(Code, options).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            WorkerLog.Write($"compiler warm-up failed: {e.Message}");
        }
    });
}
