using System.Text.Json;
using System.Text.RegularExpressions;
using DocSite.Tests.Support;

namespace DocSite.Tests.VsCode;

/// <summary>
/// The problem matchers of .vscode/tasks.json, fed the generator's real error lines (from builds of a broken
/// site): each line lands in the Problems panel once, on the right file, line, column, code and message.
/// </summary>
public sealed class ProblemMatcherTests
{
    private static readonly string[] TasksWithMatchers = ["build site", "preview", "run this notebook"];

    [Fact]
    public void Every_task_that_runs_the_generator_has_the_same_docsite_matchers()
    {
        var tasks = Tasks();
        var matchers = TasksWithMatchers.Select(label => Matchers(tasks, label)).ToList();
        Assert.All(matchers, m => Assert.Equal(2, m.Count));
        // The preview's add `background` (when a rebuild starts and ends); their patterns are the same.
        Assert.Single(matchers.Select(m => string.Join('\n', m.Select(p => p.Pattern.GetRawText()))).Distinct());
    }

    [Fact]
    public async Task The_matchers_capture_file_line_column_code_and_message_of_real_error_lines()
    {
        var matchers = Matchers(Tasks(), "build site");
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("notebooks"));
        site.Write("notebooks/broken.ipynb", "{\n \"cells\": [\n  {,\n");
        site.Write("notebooks/unpinned.ipynb",
            """{"cells": [{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["var x = 1;\n", "#r \"nuget: Newtonsoft.Json\"\n"]}], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}""");
        site.Write("input/glue.md", "---\ntitle: 结果\n---\n# 结果\n\nSee `nb:../notebooks/nothing.ipynb#value`.\n");
        site.Write("input/yaml.md", "---\ntitle: [\n---\n正文\n");

        // Front matter fails the build before the notebooks; without it, the notebooks and the page using one fail.
        var first = await site.BuildAsync();
        site.Write("input/yaml.md", "---\ntitle: 好了\n---\n正文\n");
        var second = await site.BuildAsync();
        var lines = (first.Errors + second.Errors).Split('\n', StringSplitOptions.TrimEntries).Where(l => l.Contains(": error ", StringComparison.Ordinal)).ToList();

        var problems = lines.Select(line => Match(matchers, line)).OrderBy(p => p.File, StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                new Problem("input/glue.md", 6, 5, "error", "GLUE001", "`../notebooks/nothing.ipynb#value`: there is no notebook `notebooks/nothing.ipynb`"),
                new Problem("input/yaml.md", 3, null, "error", "YAML001", "invalid front matter: While parsing a node, did not find expected node content."),
                new Problem("notebooks/broken.ipynb", 3, 4, "error", "NB007", "invalid JSON: ',' is an invalid start of a property name. Expected a '\"'."),
                new Problem("notebooks/unpinned.ipynb", null, null, "error", "NB005",
                    "cell 1:line 2: error NB005: package \"Newtonsoft.Json\" has no version: versions must be pinned, e.g. #r \"nuget: Newtonsoft.Json, 1.2.3\", so that every build runs the same code"),
            ],
            problems);
        Assert.All(problems, p => Assert.True(File.Exists(site.PathOf(p.File)), $"{p.File} is not a file of the site"));
    }

    private sealed record Problem(string File, int? Line, int? Column, string Severity, string Code, string Message);

    private sealed record Matcher(JsonElement Pattern, Regex Regex)
    {
        public string? Group(Match match, string name) =>
            Pattern.TryGetProperty(name, out var index) && match.Groups[index.GetInt32()] is { Success: true } group ? group.Value : null;
    }

    /// <summary>The one problem the matchers make of <paramref name="line"/>: exactly one matcher may take it.</summary>
    private static Problem Match(IReadOnlyList<Matcher> matchers, string line)
    {
        var matched = matchers.Select(m => (Matcher: m, Match: m.Regex.Match(line))).Where(m => m.Match.Success).ToList();
        Assert.True(matched.Count == 1, $"{matched.Count} matchers take the line `{line}`");
        var (matcher, match) = matched[0];
        var isFile = matcher.Pattern.TryGetProperty("kind", out var kind) && kind.GetString() == "file";
        int? Number(string name) => matcher.Group(match, name) is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return new Problem(matcher.Group(match, "file")!, isFile ? null : Number("line"), isFile ? null : Number("column"),
            matcher.Group(match, "severity")!, matcher.Group(match, "code")!, matcher.Group(match, "message")!);
    }

    /// <summary>The task's matchers of owner "docsite", their regular expressions read as JavaScript reads them.</summary>
    private static List<Matcher> Matchers(JsonElement tasks, string label)
    {
        var task = tasks.EnumerateArray().Single(t => t.GetProperty("label").GetString() == label);
        return
        [
            .. task.GetProperty("problemMatcher").EnumerateArray()
                .Where(m => m.ValueKind == JsonValueKind.Object && m.GetProperty("owner").GetString() == "docsite")
                .Select(m => m.GetProperty("pattern"))
                .Select(p => new Matcher(p, new Regex(p.GetProperty("regexp").GetString()!, RegexOptions.ECMAScript))),
        ];
    }

    // tasks.json is JSONC: comments and trailing commas are allowed.
    private static JsonElement Tasks()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot.Path, ".vscode", "tasks.json"));
        using var json = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return json.RootElement.GetProperty("tasks").Clone();
    }
}
