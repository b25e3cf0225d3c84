namespace DocSite.Notebook.Api;

/// <summary>What <see cref="Notebook.display"/> returns, so that <c>display(x).Update(y)</c> compiles and runs as in the kernel.</summary>
public sealed class DisplayedValue
{
    /// <summary>Prints the new value; in the kernel it replaces the output where it was shown.</summary>
    public void Update(object? value) => Console.WriteLine(ConsoleText.Of(value));
}
