using System.Text;
using System.Xml;
using DocSite.Pipeline;
using DocSite.Urls;

namespace DocSite.Steps;

/// <summary>
/// Makes sitemap.xml: one absolute URL per page (base_url's scheme and host, then the page's path under the base
/// path, as the pages link to it), sorted, no dates (so builds stay byte-identical).
/// </summary>
public sealed class WriteSitemap : IBuildStep
{
    public string Name => "sitemap";

    public Task<string?> RunAsync(BuildContext context)
    {
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in context.Pages.Select(p => p.OutputPath).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", context.Urls.AbsoluteUrlOf(context.Config.BaseUrl, path));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        context.Outputs.Add(new OutputFile(OutputPaths.Sitemap, memory.ToArray()));
        return Task.FromResult<string?>(null);
    }
}
