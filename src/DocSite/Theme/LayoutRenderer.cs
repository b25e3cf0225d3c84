using System.Collections.Concurrent;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocSite.Diagnostics;
using DocSite.Theme.Model;
using Fluid;
using Fluid.Values;

namespace DocSite.Theme;

/// <summary>Renders pages through the theme's Liquid layouts (<c>theme/layouts/NAME.liquid</c>).</summary>
public sealed class LayoutRenderer
{
    // Keep CJK text readable in the HTML instead of turning every character into an entity.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly FluidParser _parser = new();
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

    public bool HasLayout(string name) => _theme.Contains(LayoutPath(name));

    public string Render(string layout, LayoutModel model)
    {
        var template = _templates.GetOrAdd(layout, name => new Lazy<IFluidTemplate>(() => Parse(name))).Value;
        var context = new TemplateContext(_options);
        context.SetValue("site", model.Site);
        context.SetValue("page", model.Page);
        context.SetValue("nav", model.Nav);
        return template.Render(context, Encoder);
    }

    private IFluidTemplate Parse(string name)
    {
        var path = LayoutPath(name);
        var source = Encoding.UTF8.GetString(_theme.Read(path));
        if (!_parser.TryParse(source, out var template, out var error))
        {
            throw new BuildFailedException(new BuildDiagnostic("theme/" + path, null, null, DiagnosticCodes.Template, error));
        }
        return template;
    }

    private static string LayoutPath(string name) => $"layouts/{name}.liquid";
}
