using System.Text.Json;
using DocSite.Tests.Support;

namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// The site's notebooks give TorchSharp no number that it would turn into a Scalar on the fly: TorchSharp 0.107 hands
/// such a Scalar's native handle to libtorch without keeping the Scalar alive, so a garbage collection on another thread
/// can free it first (mlp-vs-cnn.ipynb once published a CNN collapsed to 8.7 % that way; see _shared/GcSafeAdam.csx).
/// A static scan, as far as a scan without types can tell; the theories pin down what it catches and what it lets by.
/// </summary>
public sealed class ImplicitScalarTests
{
    [Fact]
    public void No_site_notebook_hands_TorchSharp_a_number_to_turn_into_a_Scalar()
    {
        var problems = new List<string>();
        foreach (var (code, locate) in SiteCode())
            foreach (var finding in ImplicitScalarScanner.Scan(code))
                problems.Add($"{locate(finding.Line)}: {finding.Reason}: {finding.Code}");
        Assert.True(problems.Count == 0, "numbers TorchSharp turns into Scalars it does not keep alive:\n" + string.Join('\n', problems));
    }

    [Theory]
    [InlineData("var optimizer = torch.optim.Adam(model.parameters(), lr: 0.01);")]
    [InlineData("var schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, steps);")]
    [InlineData("Tensor loss = model.call(x);\nlossSum += loss.ToSingle();")]
    [InlineData("var correct = predicted.eq(labels).sum().ToInt64();")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = t.pow(2);")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = t / 2.0;")]
    [InlineData("double temperature = 0.1;\nTensor Scores(Tensor t) => t.matmul(t.t()) / temperature;")]
    [InlineData("var time = torch.arange(512).unsqueeze(0);\nvar wave = torch.sin(2 * Math.PI * time);")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = 1 - t;")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = t.std(0) + 1e-4;")]
    [InlineData("Tensor a = torch.ones(3);\nTensor b = torch.ones(3);\nvar c = a + b;")]
    [InlineData("Tensor x = torch.ones(3);\nx = x\n    + layer.call(x);")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = t.add(t);")]
    [InlineData("Tensor t = torch.ones(3);\nvar u = t.masked_fill(t.gt(t), double.NegativeInfinity);")]
    [InlineData("Tensor t = torch.ones(3);\nScalar two = 2;\nvar u = t.pow(two);")]
    public void The_scan_finds_each_known_unsafe_form(string code) => Assert.NotEmpty(ImplicitScalarScanner.Scan(code));

    [Theory]
    [InlineData("Tensor t = torch.ones(3);\nusing Scalar two = 2;\nvar u = t.pow(two);")]
    [InlineData("Tensor a = torch.ones(3);\nTensor b = torch.ones(3);\nvar c = (a - b) * b / a;")]
    [InlineData("Tensor a = torch.ones(3);\nusing Scalar one = 1;\nvar c = a.add(a, one);")]
    [InlineData("var loss = model.call(x);\nlossSum += loss.item<float>();")]
    [InlineData("var accuracy = predicted.eq(labels).sum().item<long>() / (double)labels.shape[0];")]
    [InlineData("double Mean(double[] xs) => xs.Sum() / xs.Length * 2 + 1 - 3;")]
    [InlineData("// t / 2 in a comment\nvar s = \"t / 2\";")]
    [InlineData("var rate = learningRate * (1 + Math.Cos(Math.PI * step / totalSteps)) / 2;")]
    [InlineData("var optimizer = new GcSafeAdam(model.parameters());\noptimizer.Step(learningRate);")]
    public void The_scan_leaves_safe_code_alone(string code) => Assert.Empty(ImplicitScalarScanner.Scan(code));

    /// <summary>The C# of every site notebook (its code cells joined, each line traced back to "notebooks/x.ipynb:cell N:line L"),
    /// of every literate .cs notebook and of every shared .csx file the notebooks import.</summary>
    private static IEnumerable<(string Code, Func<int, string> Locate)> SiteCode()
    {
        var notebooks = Path.Combine(RepositoryRoot.Path, "notebooks");
        foreach (var path in Directory.EnumerateFiles(notebooks, "*.ipynb").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var lines = new List<string>();
            var origins = new List<string>();
            var index = 0;
            foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray())
            {
                index++;
                if (cell.GetProperty("cell_type").GetString() != "code") continue;
                var cellLines = string.Concat(cell.GetProperty("source").EnumerateArray().Select(s => s.GetString())).Split('\n');
                for (var line = 0; line < cellLines.Length; line++)
                {
                    lines.Add(cellLines[line]);
                    origins.Add($"{Relative(path)}:cell {index}:line {line + 1}");
                }
            }
            yield return (string.Join('\n', lines), line => origins[line - 1]);
        }
        foreach (var path in Directory.EnumerateFiles(notebooks, "*.cs").Concat(Directory.EnumerateFiles(Path.Combine(notebooks, "_shared"), "*.csx")).Order(StringComparer.Ordinal))
            yield return (File.ReadAllText(path), line => $"{Relative(path)}:{line}");
    }

    private static string Relative(string path) => Path.GetRelativePath(RepositoryRoot.Path, path).Replace('\\', '/');
}
