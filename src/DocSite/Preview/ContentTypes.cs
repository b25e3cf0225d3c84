using Microsoft.AspNetCore.StaticFiles;

namespace DocSite.Preview;

/// <summary>The MIME type of each kind of file a built site holds: ASP.NET Core's table and the site's own kinds.</summary>
internal static class ContentTypes
{
    public const string Html = "text/html; charset=utf-8";

    public static FileExtensionContentTypeProvider Create()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".ipynb"] = "application/x-ipynb+json";
        return types;
    }
}
