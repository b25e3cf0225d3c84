using DocSite.Markdown;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace DocSite.Tests.SiteContent;

/// <summary>One term per concept: no page, glossary entry or notebook uses a form the glossary's table of conventions avoids,
/// and links to those glossary entries are labelled with the preferred form.</summary>
public sealed class TerminologyTests
{
    private static readonly string Root = SiteSources.Root;
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();
    private static readonly Lazy<IReadOnlyList<TermConvention>> Conventions = new(() =>
        TermConvention.ReadAll(Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(Root, "input", "glossary.md")), Pipeline)));

    [Fact]
    public void The_glossary_lists_preferred_and_avoided_forms()
    {
        Assert.True(Conventions.Value.Count >= 8, $"only {Conventions.Value.Count} conventions were read from the glossary");
        Assert.All(Conventions.Value, c => Assert.False(string.IsNullOrWhiteSpace(c.Preferred)));
        Assert.Contains(Conventions.Value, c => c.Preferred == "推断" && c.Avoided.Count > 0);
    }

    [Fact]
    public void No_page_or_notebook_uses_an_avoided_form()
    {
        var preferred = Conventions.Value.Select(c => c.Preferred).Distinct().ToList();
        var problems = new List<string>();
        foreach (var (source, line, text) in Prose())
            foreach (var convention in Conventions.Value)
                foreach (var form in convention.Avoided)
                    if (AvoidedFormAt(text, form, preferred) is not null)
                        problems.Add($"{source}:{line}: “{form}”, the glossary uses “{convention.Preferred}”");
        Assert.True(problems.Count == 0, "avoided forms:\n" + string.Join('\n', problems.Distinct()));
    }

    [Fact]
    public void Links_to_a_convention_entry_name_it_with_the_preferred_form()
    {
        var byId = Conventions.Value.Where(c => c.GlossaryId is not null).ToDictionary(c => c.GlossaryId!);
        var problems = new List<string>();
        foreach (var page in MarkdownPages())
            foreach (var (line, url, label) in PageText.Links(File.ReadAllText(page), Pipeline))
            {
                var hash = url.IndexOf('#', StringComparison.Ordinal);
                var pointsToGlossary = hash >= 0 && (url.StartsWith('#') ? page.EndsWith("glossary.md", StringComparison.Ordinal) : url[..hash].EndsWith("glossary.md", StringComparison.Ordinal));
                if (pointsToGlossary && byId.TryGetValue(url[(hash + 1)..], out var convention) && !label.Contains(convention.Preferred, StringComparison.Ordinal)
                    && !IsInConventionsTable(page, line))
                    problems.Add($"{Relative(page)}:{line}: [{label}]({url}) should say “{convention.Preferred}”");
            }
        Assert.True(problems.Count == 0, "links to glossary entries with another name:\n" + string.Join('\n', problems));
    }

    /// <summary>The first occurrence of <paramref name="form"/> that is not part of a preferred form ("笔记" in "笔记本", "下一个词" in
    /// "下一个词元") nor inside the parentheses right after one (the first-use gloss "暂退法（dropout）"); null if there is none.
    /// A preferred form inside the avoided one ("推理" in "推理服务") does not excuse it.</summary>
    private static int? AvoidedFormAt(string text, string form, IReadOnlyList<string> preferredForms)
    {
        var allowed = new List<(int Start, int End)>();
        foreach (var preferred in preferredForms.Where(p => !form.Contains(p, StringComparison.Ordinal)))
            for (var at = text.IndexOf(preferred, StringComparison.Ordinal); at >= 0; at = text.IndexOf(preferred, at + 1, StringComparison.Ordinal))
            {
                var end = at + preferred.Length;
                if (end < text.Length && text[end] == '（' && text.IndexOf('）', end) is var close and > 0) end = close + 1;
                allowed.Add((at, end));
            }
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            var end = at + form.Length;
            if (!allowed.Any(a => a.Start < end && at < a.End)) return at;
        }
        return null;
    }

    // The table of conventions names every avoided form: it is the one place allowed to (its section of the glossary).
    private static readonly Lazy<(int First, int Last)> ConventionsLines = new(() =>
    {
        var headings = Markdig.Markdown.Parse(File.ReadAllText(Path.Combine(Root, "input", "glossary.md")).ReplaceLineEndings("\n"), Pipeline)
            .Descendants<HeadingBlock>().Where(h => h.Level <= 2).ToList();
        var section = headings.FindIndex(h => h.TryGetAttributes()?.Id == TermConvention.SectionId);
        return (headings[section].Line + 1, section + 1 < headings.Count ? headings[section + 1].Line : int.MaxValue);
    });

    private static bool IsInConventionsTable(string page, int line) =>
        page.EndsWith("glossary.md", StringComparison.Ordinal) && ConventionsLines.Value.First <= line && line <= ConventionsLines.Value.Last;

    private static IEnumerable<(string Source, int Line, string Text)> Prose()
    {
        foreach (var page in MarkdownPages())
        {
            foreach (var (line, text) in PageText.Blocks(File.ReadAllText(page), Pipeline))
                if (!IsInConventionsTable(page, line))
                    yield return (Relative(page), line, text);
        }
        foreach (var (source, markdown) in SiteSources.NotebookMarkdownCells())
            foreach (var (line, text) in PageText.Blocks(markdown, Pipeline))
                yield return (source, line, text);
    }

    private static IEnumerable<string> MarkdownPages() => SiteSources.MarkdownPages();

    private static string Relative(string path) => SiteSources.Relative(path);
}
