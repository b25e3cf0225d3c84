namespace DocSite.Markdown;

/// <summary>Parses a Markdown link URL into what the link checker needs.</summary>
public static class LinkTarget
{
    /// <summary>True for links that leave the site: a scheme (https:, mailto:), protocol-relative or site-absolute.</summary>
    public static bool IsExternal(string url) =>
        url.StartsWith("//", StringComparison.Ordinal)
        || url.StartsWith('/')
        || HasScheme(url);

    /// <summary>Resolves <paramref name="url"/> relative to the folder of <paramref name="fromSource"/>.</summary>
    /// <returns>The target's site-root-relative path (null when it climbs above the root) and the anchor.</returns>
    public static (string? Path, string? Anchor) Resolve(string fromSource, string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var pathPart = hash < 0 ? url : url[..hash];
        var anchor = hash < 0 ? null : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = pathPart.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0) pathPart = pathPart[..query];
        if (pathPart.Length == 0) return (fromSource, anchor);

        var segments = new List<string>(fromSource.Split('/')[..^1]);
        foreach (var segment in Uri.UnescapeDataString(pathPart).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count == 0) return (null, anchor);
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }
        return (string.Join('/', segments), anchor);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0) return false;
        for (var i = 0; i < colon; i++)
        {
            var c = url[i];
            if (!(char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')) return false;
        }
        return char.IsAsciiLetter(url[0]);
    }
}
