using System.Text;
using System.Xml;
using DocSite.Documents;
using DocSite.Pipeline;

namespace DocSite.Steps;

/// <summary>Writes sitemap.xml: one absolute URL per page, sorted, no dates (so builds stay byte-identical).</summary>
public static class WriteSitemap
{
    public static OutputFile Run(IReadOnlyList<RenderedPage> pages, string baseUrl)
    {
        var root = baseUrl.TrimEnd('/') + "/";
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using var memory = new MemoryStream();
        using (var xml = XmlWriter.Create(memory, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in pages.Select(p => p.Source.OutputPath).Order(StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", root + (path == "index.html" ? "" : string.Join('/', path.Split('/').Select(Uri.EscapeDataString))));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        return new OutputFile("sitemap.xml", memory.ToArray());
    }
}
