using System.Text.Json;
using DocSite.Notebooks;
using DocSite.Tests.Support;

namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// notebooks/_shared/GcSafeAdam.csx, the optimizer the training notebooks use: a training run gives the same
/// weights, bit for bit, while another thread keeps collecting garbage. TorchSharp 0.107's own Adam fails this
/// (it throws "Unknown scalar type" or trains on a freed Scalar), which is how mlp-vs-cnn.ipynb once published
/// a CNN collapsed to 8.7 %.
/// </summary>
public sealed class GcSafeAdamTests
{
    private static readonly string[] Training =
    [
        "using TorchSharp;",
        "using static TorchSharp.torch;",
        "torch.set_num_threads(1);",
        "",
        "// A small classifier on fixed random data; returns its trained weights' bytes.",
        "byte[] Train()",
        "{",
        "    manual_seed(1);",
        "    var model = nn.Sequential(nn.Linear(64, 32), nn.ReLU(), nn.Linear(32, 32), nn.ReLU(), nn.Linear(32, 10));",
        "    var inputs = randn(256, 64);",
        "    var labels = tensor(Enumerable.Range(0, 256).Select(i => (long)(i % 10)).ToArray());",
        "    var optimizer = new GcSafeAdam(model.parameters());",
        "    for (var step = 0; step < 2000; step++)",
        "    {",
        "        using var scope = NewDisposeScope();",
        "        var loss = nn.functional.cross_entropy(model.call(inputs), labels);",
        "        optimizer.ZeroGrad();",
        "        loss.backward();",
        "        optimizer.Step(0.01);",
        "    }",
        "    return model.parameters().SelectMany(p => p.data<float>().ToArray()).SelectMany(BitConverter.GetBytes).ToArray();",
        "}",
        "",
        "var calm = Train();",
        "// The same training while other threads allocate as fast as they can, one per core: collections start at any",
        "// moment, often while this thread is inside libtorch, and the finalizer thread runs right after them.",
        "var stop = false;",
        "var allocators = Enumerable.Range(0, Environment.ProcessorCount).Select(_ => new System.Threading.Thread(() =>",
        "{",
        "    object kept = null;",
        "    while (!System.Threading.Volatile.Read(ref stop)) kept = new byte[256];",
        "    GC.KeepAlive(kept);",
        "}) { IsBackground = true }).ToList();",
        "allocators.ForEach(t => t.Start());",
        "byte[] stressed;",
        "try { stressed = Train(); } finally { System.Threading.Volatile.Write(ref stop, true); allocators.ForEach(t => t.Join()); }",
        "Console.WriteLine(\"METRICS \" + System.Text.Json.JsonSerializer.Serialize(new { identical = calm.AsSpan().SequenceEqual(stressed) }));",
    ];

    [Fact]
    public async Task Training_gives_the_same_weights_while_another_thread_collects_garbage()
    {
        var folder = Path.Combine(Path.GetTempPath(), "docsite-gc-safe-adam", Guid.NewGuid().ToString("N"));
        try
        {
            // The notebook imports the shared file the way the site's notebooks do, from _shared/ next to it.
            Directory.CreateDirectory(Path.Combine(folder, "_shared"));
            File.Copy(Path.Combine(RepositoryRoot.Path, "notebooks", "_shared", "GcSafeAdam.csx"), Path.Combine(folder, "_shared", "GcSafeAdam.csx"));
            var notebook = Path.Combine(folder, "check.ipynb");
            await File.WriteAllTextAsync(notebook, Notebook(["#r \"nuget: TorchSharp-cpu, 0.107.0\""], ["#!import _shared/GcSafeAdam.csx"], Training));
            var log = new StringWriter();
            var engine = new NotebookEngine(new NotebookEngineOptions
            {
                RootDirectory = folder,
                CacheDirectory = Path.Combine(folder, "cache"),
                Log = line => log.WriteLine(line),
            });
            var executed = Path.Combine(folder, "check.executed.ipynb");

            var exitCode = await engine.RunOneAsync(notebook, executed, CancellationToken.None);

            Assert.True(exitCode == 0, $"the notebook failed:\n{log}");
            var printed = await File.ReadAllTextAsync(executed);
            Assert.Contains("METRICS {\\\"identical\\\":true}", printed, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Notebook(params string[][] cells) => JsonSerializer.Serialize(new
    {
        cells = cells.Select((lines, i) => new
        {
            cell_type = "code",
            execution_count = (int?)null,
            id = $"c{i}",
            metadata = new { polyglot_notebook = new { kernelName = "csharp" } },
            outputs = Array.Empty<object>(),
            source = lines.Select((line, j) => j < lines.Length - 1 ? line + "\n" : line),
        }),
        metadata = new
        {
            kernelspec = new { display_name = ".NET (C#)", language = "C#", name = ".net-csharp" },
            language_info = new { name = "polyglot-notebook" },
        },
        nbformat = 4,
        nbformat_minor = 5,
    });
}
