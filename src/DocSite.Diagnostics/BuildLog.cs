using System.Diagnostics;

namespace DocSite.Diagnostics;

/// <summary>Progress lines ("read 12 pages in 4 ms") and errors, written to the given writers.</summary>
public sealed class BuildLog(TextWriter output, TextWriter errors)
{
    public static BuildLog Console { get; } = new(System.Console.Out, System.Console.Error);

    public static BuildLog Silent { get; } = new(TextWriter.Null, TextWriter.Null);

    public TextWriter Output { get; } = output;

    /// <summary>True when lines go to a terminal, where live progress displays make sense.</summary>
    public bool IsInteractive => ReferenceEquals(Output, System.Console.Out) && !System.Console.IsOutputRedirected;

    public void Info(string message)
    {
        lock (Output) Output.WriteLine(message);
    }

    public void Error(BuildDiagnostic diagnostic)
    {
        lock (errors) errors.WriteLine(diagnostic.ToString());
    }

    public void Error(string message)
    {
        lock (errors) errors.WriteLine(message);
    }

    /// <summary>Runs one named step and logs what it did and how long it took.</summary>
    public T Time<T>(string step, Func<T> action, Func<T, string> describe)
    {
        var watch = Stopwatch.StartNew();
        var result = action();
        Info($"  {step,-10} {describe(result)} ({watch.ElapsedMilliseconds} ms)");
        return result;
    }
}
