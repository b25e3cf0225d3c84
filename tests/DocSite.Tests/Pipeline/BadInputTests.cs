using DocSite.Tests.Support;

namespace DocSite.Tests.Pipeline;

/// <summary>Each kind of bad input gives one clear error line, exit code 1, and leaves the last good output alone.</summary>
public sealed class BadInputTests
{
    public static TheoryData<string, Action<TestSite>, string> Cases => new()
    {
        {
            "invalid front matter",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\norder: [1,\n---\n正文\n"),
            "input/guide/intro.md:4: error YAML001: invalid front matter"
        },
        {
            "missing layout",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\nlayout: wide\n---\n正文\n"),
            "input/guide/intro.md:3: error LAYOUT001: the layout `wide` does not exist"
        },
        {
            "broken link",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n第一行\n\n见[不存在的页](missing.md)。\n"),
            "input/guide/intro.md:6:2: error LINK001: the link `missing.md` points to `input/guide/missing.md`"
        },
        {
            "broken anchor",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n见[表格](details.md#no-such-heading)。\n"),
            "input/guide/intro.md:4:2: error LINK001: the link `details.md#no-such-heading` points to `#no-such-heading`"
        },
        {
            "invalid UTF-8",
            s => s.WriteBytes("input/guide/intro.md", [.. "---\ntitle: x\n---\nok\n坏"u8.ToArray()[..^1], 0x0A]),
            "input/guide/intro.md:5:1: error ENC001: the file is not valid UTF-8"
        },
        {
            "navigation entry to a missing page",
            s => File.AppendAllText(s.PathOf("site.yml"), "  - input/nowhere.md\n"),
            "site.yml:13: error NAV001: the navigation entry `input/nowhere.md` points to a page that does not exist"
        },
        {
            "two pages with one output path",
            s => s.Write("input/guide/intro.html", "<p>static</p>"),
            "input/guide/intro.md:1: error OUT001: `input/guide/intro.md` and `input/guide/intro.html` would both be written to `guide/intro.html`"
        },
        {
            "front matter that makes the YAML scanner throw",
            s => s.Write("input/guide/intro.md", "---\ntitle: [a\nb: c\n---\n正文\n"),
            "input/guide/intro.md:3: error YAML001: invalid front matter"
        },
        {
            "site.yml that makes the YAML scanner throw",
            s => s.Write("site.yml", "title: [a\nb: c\n"),
            "site.yml:2: error CFG001: invalid site.yml"
        },
        {
            "tab-indented front matter",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\n\torder: 2\n---\n正文\n"),
            "input/guide/intro.md:3:1: error YAML001: invalid front matter: this line is indented with a tab"
        },
        {
            "a title that is a list",
            s => s.Write("input/guide/intro.md", "---\ntitle: [入门, 指南]\n---\n正文\n"),
            "input/guide/intro.md:2: error YAML001: `title` must be a single value, not a list"
        },
        {
            "a site title that is a mapping",
            s => s.Write("site.yml", "title:\n  zh: 站点\n"),
            "site.yml:2: error CFG001: `title` must be a single value, not a mapping"
        },
        {
            "a block quote 10,000 levels deep",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n正文\n\n" + string.Concat(Enumerable.Repeat("> ", 10_000)) + "深\n"),
            "input/guide/intro.md:6: error MD001: the Markdown cannot be parsed"
        },
        {
            "a list 300 levels deep",
            s => s.Write("input/guide/intro.md", "---\ntitle: 入门\n---\n" + string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- 项\n"))),
            "input/guide/intro.md:303: error MD001: the Markdown cannot be parsed"
        },
        {
            "a layout that does not parse",
            s => s.Write("theme/layouts/page.liquid", "<html>\n<h1>{{ page.title }</h1>\n</html>\n"),
            "theme/layouts/page.liquid:2:"
        },
        {
            "a partial that does not parse",
            s => s.Write("theme/layouts/_footer.liquid", "<footer>\n{% if %}\n</footer>\n"),
            "theme/layouts/_footer.liquid:2:"
        },
        {
            "an include of a partial that does not exist",
            s => s.Write("theme/layouts/page.liquid", "<html>{% include '_nowhere' %}{{ page.content | raw }}</html>\n"),
            "theme/layouts/page.liquid: error LAYOUT002: an include names `_nowhere`, which theme/layouts/ does not have"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_fails_with_one_clear_error_and_keeps_the_previous_output(string name, Action<TestSite> breakIt, string expected)
    {
        using var site = TestSite.CopyOf("basic-site");
        Assert.Equal(0, (await site.BuildAsync()).ExitCode);
        var before = TestSite.Snapshot(site.Output);

        Directory.CreateDirectory(site.PathOf("theme/layouts"));
        breakIt(site);
        var run = await site.BuildAsync();

        Assert.True(run.ExitCode == 1, $"{name}: exit code {run.ExitCode}\n{run.Errors}");
        var errorLines = run.Errors.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();
        Assert.Single(errorLines);
        Assert.StartsWith(expected, errorLines[0]);
        Assert.Equal(before, TestSite.Snapshot(site.Output));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(site.Output)!, ".output.*"));
    }
}
