using DocSite.Diagnostics;
using DocSite.Pipeline;
using DocSite.Preview;
using DocSite.Tests.Support;

namespace DocSite.Tests.Preview;

/// <summary>
/// The preview serves the output folder and nothing else, whatever the request target says. Targets go over a raw
/// socket, exactly as an attacker would send them.
/// </summary>
public sealed class PreviewPathTests
{
    private const string Secret = "secret-beside-the-output-7f3a";

    [Fact]
    public async Task Request_targets_that_climb_out_of_the_output_folder_get_nothing_from_outside()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("output-secret"));
        site.Write("output-secret/secret.txt", Secret);
        var siteYml = File.ReadAllText(site.PathOf("site.yml"));
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), BuildLog.Silent, null));

        string[] targets =
        [
            "/../site.yml", "/%2e%2e/site.yml", "/..%2fsite.yml", "/..%2Fsite.yml", "/%252e%252e%252fsite.yml",
            @"/..\site.yml", "/..%5csite.yml", "/guide/..%2f..%2fsite.yml",
            "/../output-secret/secret.txt", "/..%2foutput-secret%2fsecret.txt", "/%2e%2e%2foutput-secret%2fsecret.txt",
            "/%252e%252e%252foutput-secret%252fsecret.txt", "/guide/..%2f..%2foutput-secret%2fsecret.txt",
            "/notebooks/..%2f..%2foutput-secret%2fsecret.txt", @"/..\output-secret\secret.txt",
        ];
        foreach (var target in targets)
        {
            var (status, response) = await RawHttp.GetAsync(preview.Port, target);
            Assert.True(status is 400 or 404, $"{target} answered {status}");
            Assert.False(response.Contains(Secret, StringComparison.Ordinal), $"{target} served the secret beside the output folder");
            Assert.False(response.Contains("repository: https://github.com/example/docs", StringComparison.Ordinal), $"{target} served site.yml");
        }
        Assert.Contains("repository: https://github.com/example/docs", siteYml);
    }

    [Fact]
    public async Task Symbolic_links_in_the_output_folder_are_followed_only_when_they_stay_inside_it()
    {
        using var site = TestSite.CopyOf("basic-site");
        Directory.CreateDirectory(site.PathOf("output-secret"));
        site.Write("output-secret/secret.txt", Secret);
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), BuildLog.Silent, null));
        // The build never writes links; these stand for anything else that put them there.
        File.CreateSymbolicLink(Path.Combine(site.Output, "leak.txt"), site.PathOf("output-secret/secret.txt"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "leak.html"), site.PathOf("output-secret/secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(site.Output, "leaked"), site.PathOf("output-secret"));
        File.CreateSymbolicLink(Path.Combine(site.Output, "alias.html"), Path.Combine("guide", "intro.html"));

        foreach (var target in new[] { "/leak.txt", "/leak.html", "/leaked/secret.txt", "/leaked/" })
        {
            var (status, response) = await RawHttp.GetAsync(preview.Port, target);
            Assert.True(status == 404, $"{target} answered {status}");
            Assert.False(response.Contains(Secret, StringComparison.Ordinal), $"{target} served a file outside the output folder");
        }
        var (aliasStatus, alias) = await RawHttp.GetAsync(preview.Port, "/alias.html");
        Assert.Equal(200, aliasStatus);
        Assert.Contains("<h1>入门</h1>", alias);
    }

    [Fact]
    public async Task Pages_get_the_reload_script_folders_their_index_and_nothing_is_cached()
    {
        using var site = TestSite.CopyOf("basic-site");
        await using var preview = await RunningPreview.StartAsync(
            new PreviewServer(new BuildOptions(site.Root, site.Output, BasePath: "/"), BuildLog.Silent, null));

        var (status, index) = await RawHttp.GetAsync(preview.Port, "/");
        Assert.Equal(200, status);
        Assert.Contains(LiveReload.EventsPath, index);
        Assert.Contains("Cache-Control: no-store", index, StringComparison.OrdinalIgnoreCase);

        var (guideStatus, guide) = await RawHttp.GetAsync(preview.Port, "/guide/intro.html");
        Assert.Equal(200, guideStatus);
        Assert.Contains("<h1>入门</h1>", guide);

        var (svgStatus, svg) = await RawHttp.GetAsync(preview.Port, "/guide/images/diagram.svg");
        Assert.Equal(200, svgStatus);
        Assert.Contains("Content-Type: image/svg+xml", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Cache-Control: no-store", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(LiveReload.EventsPath, svg);

        var (missingStatus, missing) = await RawHttp.GetAsync(preview.Port, "/no/such/page.html");
        Assert.Equal(404, missingStatus);
        Assert.Contains("<h1>找不到这个页面</h1>", missing);
        Assert.Contains(LiveReload.EventsPath, missing);
    }
}
