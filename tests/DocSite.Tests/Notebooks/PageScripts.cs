using System.Text.RegularExpressions;

namespace DocSite.Tests.Notebooks;

/// <summary>The site's scripts a laid-out page loads: its script elements and the scripts they load on demand (data-* URLs).</summary>
public static partial class PageScripts
{
    /// <returns>Output paths (<c>assets/site.1a2b3c4d.js</c>), each once.</returns>
    public static IReadOnlyList<string> Of(string html) =>
        ScriptUrl().Matches(html).Select(m => m.Groups["path"].Value).Distinct(StringComparer.Ordinal).ToList();

    [GeneratedRegex("(?:src|data-[a-z]+)=\"/(?<path>assets/[^\"]+\\.js)\"")]
    private static partial Regex ScriptUrl();
}
