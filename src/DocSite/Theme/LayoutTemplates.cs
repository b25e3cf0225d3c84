using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocSite.Diagnostics;
using Fluid;

namespace DocSite.Theme;

/// <summary>
/// The theme's Liquid layouts (<c>theme/layouts/NAME.liquid</c>), parsed once and shared by every page. Parsing
/// does not depend on the pages, so a build starts it in the background when it loads the theme
/// (<see cref="ParseAllAsync"/>): building Fluid's parser is mostly compiling it, serial work that would
/// otherwise keep one core idle just before the pages are laid out.
/// </summary>
public sealed partial class LayoutTemplates(ThemeFiles theme)
{
    // Thread-safe, so one serves every build of the process. Lazy, so that it is built by the background parse,
    // not on the thread that first touches this type (a static initializer would run in LoadTheme).
    private static readonly Lazy<FluidParser> Parser = new(() => new FluidParser());
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _templates = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Task? _parsed;

    public ThemeFiles Theme { get; } = theme;

    public bool HasLayout(string name) => Theme.Contains(LayoutPath(name));

    /// <summary>
    /// Parses every layout and partial, once, so a partial's syntax error is reported in its own file before any
    /// page is rendered. The first call starts the work; every call returns the same task.
    /// </summary>
    /// <exception cref="BuildFailedException">(from the task) The layouts' syntax errors, each located.</exception>
    public Task ParseAllAsync()
    {
        lock (_gate) return _parsed ??= Task.Run(ParseAll);
    }

    public IFluidTemplate Template(string name) => _templates.GetOrAdd(name, n => new Lazy<IFluidTemplate>(() => Parse(n))).Value;

    /// <summary>A located error in a layout, from Fluid's message (which ends with " at (line:column)").</summary>
    public static BuildFailedException Error(string layout, string message)
    {
        var firstLine = message.Split('\n')[0].Trim();
        var at = FluidPosition().Match(firstLine);
        int? line = at.Success ? int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        int? column = at.Success ? int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        var text = at.Success ? firstLine[..at.Index].TrimEnd() : firstLine;
        return new BuildFailedException(new BuildDiagnostic("theme/" + LayoutPath(layout), line, column, DiagnosticCodes.Template, text));
    }

    private void ParseAll()
    {
        var errors = new DiagnosticBag();
        foreach (var path in Theme.Under("layouts/").Where(p => p.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            try
            {
                _ = Template(path["layouts/".Length..^".liquid".Length]);
            }
            catch (BuildFailedException e)
            {
                foreach (var diagnostic in e.Diagnostics) errors.Add(diagnostic);
            }
        }
        errors.ThrowIfAny();
    }

    private IFluidTemplate Parse(string name)
    {
        var source = Encoding.UTF8.GetString(Theme.Read(LayoutPath(name)));
        if (!Parser.Value.TryParse(source, out var template, out var error)) throw Error(name, error);
        return template;
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)$")]
    private static partial Regex FluidPosition();

    private static string LayoutPath(string name) => $"layouts/{name}.liquid";
}
