using System.Text.RegularExpressions;

namespace DocSite.Notebook.Api;

/// <summary>
/// What a notebook's cells call, for a plain run: <c>using static DocSite.Notebook.Api.Notebook;</c> makes
/// <c>display(x)</c> and <c>publish("name", x)</c> callable as in the build's kernel. Here they print.
/// </summary>
// The lower-case names are the kernel's: the same cell source must compile in both places.
#pragma warning disable CA1707, IDE1006
public static partial class Notebook
{
    /// <summary>Prints <paramref name="value"/>; the kernel would show it below the cell.</summary>
    /// <param name="mimeTypes">Accepted for the kernel's signature; a console has one form.</param>
    public static DisplayedValue display(object? value, params string[] mimeTypes)
    {
        _ = mimeTypes;
        Console.WriteLine(ConsoleText.Of(value));
        return new DisplayedValue();
    }

    /// <summary>Prints <c>name = value</c>; in the build, pages use the value by its name.</summary>
    /// <exception cref="ArgumentException">The name is not letters, digits and <c>_</c>, as in the build.</exception>
    public static void publish(string name, object? value)
    {
        if (name is null || !ValidName().IsMatch(name))
        {
            throw new ArgumentException($"publish: `{name}` is not a valid name (letters, digits and _, not starting with a digit)", nameof(name));
        }

        Console.WriteLine($"{name} = {ConsoleText.Of(value)}");
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex ValidName();
}
