using System.Text.RegularExpressions;

namespace DocSite.Scholarly;

/// <summary>
/// Finds Pandoc's citation syntax in plain text: <c>[@key]</c>, <c>[@key, p. 3]</c>, <c>[see @a; @b]</c>, and a
/// bare <c>@key</c>. Keys are ASCII, as BibTeX's are, so "@radford2021提出" cites radford2021; an e-mail address
/// (a letter, digit or dot before the @) is not a citation, and <c>\@</c> is a plain @.
/// </summary>
public static partial class AtReferenceScanner
{
    public static List<AtReference> Scan(string text)
    {
        var found = new List<AtReference>();
        foreach (Match bracket in Bracketed().Matches(text))
        {
            if (ItemsOf(bracket.Groups["body"].Value) is { } items)
                found.Add(new AtReference(bracket.Index, bracket.Length, items, Bracketed: true));
        }
        foreach (Match bare in Bare().Matches(text))
        {
            if (found.Any(f => bare.Index >= f.Start && bare.Index < f.Start + f.Length)) continue;
            found.Add(new AtReference(bare.Index, bare.Length, [new CitationItem(bare.Groups["key"].Value)], Bracketed: false));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // "see @a, p. 3; @b, 第 3 页" -> items; null when any part is not a citation (then the brackets are plain text).
    private static List<CitationItem>? ItemsOf(string body)
    {
        var items = new List<CitationItem>();
        foreach (var part in body.Split(';'))
        {
            var match = Item().Match(part);
            if (!match.Success) return null;
            var prefix = match.Groups["prefix"].Value.Trim();
            var rest = match.Groups["rest"].Value;
            string? locator = null, label = null, suffix = null;
            if (Locator().Match(rest) is { Success: true } page)
            {
                (locator, label) = (page.Groups["locator"].Value.Trim(), "page");
            }
            else if (rest.Trim().Length > 0)
            {
                suffix = rest.TrimEnd();
            }
            items.Add(new CitationItem(match.Groups["key"].Value, locator, label, prefix.Length == 0 ? null : prefix, suffix));
        }
        // Brackets around a cross-reference are text; the reference inside is found as a bare one.
        return items.Any(i => Labels.IsLabel(i.Key)) ? null : items;
    }

    private const string Key = @"[A-Za-z0-9_](?:[A-Za-z0-9_]|[:.#$%&+?<>~/-](?=[A-Za-z0-9_]))*";

    [GeneratedRegex(@"\[(?<body>[^\[\]]*@[^\[\]]*)\](?![(\[])")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"^(?<prefix>(?:.*\s)?)-?@(?<key>" + Key + @")(?<rest>(?:[,\s].*)?)$", RegexOptions.Singleline)]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s*,\s*(?:p|pp|page|pages)\.?\s*(?<locator>\S.*)$", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Locator();

    [GeneratedRegex(@"(?<![A-Za-z0-9_.@\\/+-])@(?<key>" + Key + ")")]
    private static partial Regex Bare();
}
