using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using DocSite.Diagnostics;
using DocSite.Theme.Model;
using Fluid;
using Fluid.Values;

namespace DocSite.Theme;

/// <summary>Renders pages through the theme's Liquid layouts (<c>theme/layouts/NAME.liquid</c>).</summary>
public sealed partial class LayoutRenderer
{
    // Keep CJK text readable in the HTML instead of turning every character into an entity.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    // Building Fluid's parser takes a tenth of a second; it is thread-safe, so one serves every build of the process.
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions _options = new();
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _templates = new(StringComparer.Ordinal);
    private readonly ThemeFiles _theme;

    public LayoutRenderer(ThemeFiles theme, AssetManifest assets, string basePath)
    {
        _theme = theme;
        _options.MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        _options.FileProvider = new ThemeFileProvider(theme);
        _options.Filters.AddFilter("asset_url", (input, _, _) =>
        {
            var name = input.ToStringValue();
            var output = assets.OutputPathOf(name) ?? throw new InvalidOperationException($"the theme has no asset `{name}` (looked in theme/assets/)");
            return new StringValue(basePath + output);
        });
    }

    /// <summary>Parses every layout and partial, so a partial's syntax error is reported in its own file before any page is rendered.</summary>
    public void ParseAll()
    {
        var errors = new DiagnosticBag();
        foreach (var path in _theme.Under("layouts/").Where(p => p.EndsWith(".liquid", StringComparison.Ordinal)))
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

    public bool HasLayout(string name) => _theme.Contains(LayoutPath(name));

    public string Render(string layout, LayoutModel model)
    {
        var template = Template(layout);
        var context = new TemplateContext(_options);
        context.SetValue("site", model.Site);
        context.SetValue("page", model.Page);
        context.SetValue("nav", model.Nav);
        try
        {
            return template.Render(context, Encoder);
        }
        catch (Exception e) when (e is not BuildFailedException)
        {
            // Partials are parsed when first included, and filters fail while rendering: both are the theme's errors.
            var message = e is FileNotFoundException ? $"an include names `{e.Message}`, which theme/layouts/ does not have" : e.Message;
            throw Error(layout, message);
        }
    }

    private IFluidTemplate Template(string name) => _templates.GetOrAdd(name, n => new Lazy<IFluidTemplate>(() => Parse(n))).Value;

    private IFluidTemplate Parse(string name)
    {
        var path = LayoutPath(name);
        var source = Encoding.UTF8.GetString(_theme.Read(path));
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw Error(name, error);
        }
        return template;
    }

    // Fluid's messages end with " at (line:column)" and the offending source; keep the first line, locate it.
    private static BuildFailedException Error(string layout, string message)
    {
        var firstLine = message.Split('\n')[0].Trim();
        var at = FluidPosition().Match(firstLine);
        int? line = at.Success ? int.Parse(at.Groups[1].Value, CultureInfo.InvariantCulture) : null;
        int? column = at.Success ? int.Parse(at.Groups[2].Value, CultureInfo.InvariantCulture) : null;
        var text = at.Success ? firstLine[..at.Index].TrimEnd() : firstLine;
        return new BuildFailedException(new BuildDiagnostic("theme/" + LayoutPath(layout), line, column, DiagnosticCodes.Template, text));
    }

    [GeneratedRegex(@"\s*at \((\d+):(\d+)\)$")]
    private static partial Regex FluidPosition();

    private static string LayoutPath(string name) => $"layouts/{name}.liquid";
}
