using System.Text;
using System.Xml;
using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>Makes sitemap.xml: one absolute URL per page, sorted, no dates (so builds stay byte-identical).</summary>
public sealed class WriteSitemap : IBuildStep
{
    public string Name => "sitemap";

    public Task<string?> RunAsync(BuildContext context)
    {
        var siteUrl = string.IsNullOrEmpty(context.Config.BaseUrl) ? context.Config.BasePath : context.Config.BaseUrl;
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in context.Pages.Select(p => p.OutputPath).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", SiteUrls.AbsoluteUrlOf(siteUrl, path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        context.Outputs.Add(new OutputFile(OutputPaths.Sitemap, memory.ToArray()));
        return Task.FromResult<string?>(null);
    }
}
