using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;
using DocSite.Tests.Support;

namespace DocSite.Tests.Preview;

/// <summary>Every failed rebuild reaches the log and the open pages ("failed" event), whatever it threw.</summary>
public sealed class PreviewFailureTests
{
    private const string InternalError = FailureReport.InternalError;

    [Fact]
    public async Task A_rebuild_that_fails_with_anything_reaches_the_log_and_the_page_and_keeps_the_last_good_site()
    {
        using var site = TestSite.CopyOf("basic-site");
        // The watcher watches the source folders that exist when it starts: the theme's must exist already.
        Directory.CreateDirectory(site.PathOf("theme/layouts"));
        var errors = new StringWriter();
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), new BuildLog(TextWriter.Null, errors), null));
        using var http = new HttpClient { BaseAddress = preview.BaseAddress };
        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        var siteYml = File.ReadAllText(site.PathOf("site.yml"));

        // A flow sequence that never closes: the YAML layer throws InvalidOperationException, not a diagnostic.
        site.Write("site.yml", "title: [a\nb: c\n");
        var (name, data) = await NextEventAsync(events);
        Assert.Equal("failed", name);
        Assert.Contains("error", data);
        Assert.All(System.Text.Json.JsonSerializer.Deserialize<string>(data)!.Split('\n'), line => Assert.Contains(line, ErrorsOf(errors)));

        site.Write("site.yml", siteYml);
        Assert.Equal("reload", (await NextEventAsync(events)).Name);

        // An include of a missing template, thrown inside Parallel.For: an AggregateException.
        var layout = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "theme", "layouts", "page.liquid"));
        site.Write("theme/layouts/page.liquid", layout.Replace("</body>", "{% include 'missing' %}</body>", StringComparison.Ordinal));
        (name, data) = await NextEventAsync(events);
        Assert.Equal("failed", name);
        Assert.Contains("error", data);
        Assert.Contains("missing", data);

        Assert.Contains("<h1>入门</h1>", await http.GetStringAsync("guide/intro.html"));
    }

    [Fact]
    public async Task An_unexpected_exception_is_one_line_that_says_it_is_a_bug_and_a_page_opened_later_still_shows_it()
    {
        using var site = TestSite.CopyOf("basic-site");
        WriteNotebook(site);
        var errors = new StringWriter();
        // No notebook engine for a site with a notebook: the builder throws InvalidOperationException.
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), new BuildLog(TextWriter.Null, errors), null));
        using var http = new HttpClient { BaseAddress = preview.BaseAddress };

        const string Line = InternalError + "System.InvalidOperationException: this build has notebooks but no notebook engine was configured (run with --verbose for the stack trace)";
        Assert.Equal([Line], ErrorsOf(errors));

        // The failure happened before any page was open: a page opened now is told about it.
        using var events = new StreamReader(await http.GetStreamAsync(LiveReload.EventsPath.TrimStart('/')));
        var (name, data) = await NextEventAsync(events);
        Assert.Equal("failed", name);
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(Line), data);

        // Nothing was ever built: the page that carries the overlay is the preview's own "not found" page.
        var (status, page) = await RawHttp.GetAsync(preview.Port, "/");
        Assert.Equal(404, status);
        Assert.Contains(LiveReload.EventsPath, page);
    }

    private static void WriteNotebook(TestSite site)
    {
        Directory.CreateDirectory(site.PathOf("notebooks"));
        File.Copy(Path.Combine(RepositoryRoot.Path, "tests", "DocSite.Tests", "Fixtures", "notebook-site", "notebooks", "hello.ipynb"),
            site.PathOf("notebooks/hello.ipynb"));
    }

    private static string[] ErrorsOf(StringWriter errors)
    {
        lock (errors) return errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>The next server-sent event's name and data, skipping comments and blank lines.</summary>
    private static async Task<(string Name, string Data)> NextEventAsync(StreamReader events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        string? name = null;
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) return (name, line["data: ".Length..]);
        }
        throw new EndOfStreamException("the event stream ended");
    }
}
