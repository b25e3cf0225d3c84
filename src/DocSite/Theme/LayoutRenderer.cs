using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocSite.Diagnostics;
using DocSite.Theme.Model;
using Fluid;
using Fluid.Values;

namespace DocSite.Theme;

/// <summary>Renders pages through the theme's parsed Liquid layouts.</summary>
public sealed class LayoutRenderer
{
    // Keep CJK text readable in the HTML instead of turning every character into an entity.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private readonly TemplateOptions _options = new();
    private readonly LayoutTemplates _templates;

    public LayoutRenderer(LayoutTemplates templates, AssetManifest assets, string basePath)
    {
        _templates = templates;
        _options.MemberAccessStrategy = new UnsafeMemberAccessStrategy { MemberNameStrategy = MemberNameStrategies.SnakeCase };
        _options.FileProvider = new ThemeFileProvider(templates.Theme);
        _options.Filters.AddFilter("asset_url", (input, _, _) =>
        {
            var name = input.ToStringValue();
            var output = assets.OutputPathOf(name) ?? throw new InvalidOperationException($"the theme has no asset `{name}` (looked in theme/assets/)");
            return new StringValue(basePath + output);
        });
    }

    public string Render(string layout, LayoutModel model)
    {
        var template = _templates.Template(layout);
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
            throw LayoutTemplates.Error(layout, message);
        }
    }
}
