using System.Diagnostics;

namespace DocSite.Notebooks.Tests;

/// <summary>A .cs notebook is a .NET 10 file-based app: `dotnet run --file x.cs` runs it, printing what its cells display.</summary>
public sealed class CsNotebookPlainRunTests
{
    // The first run restores and compiles (about 10-60 s); later runs reuse the SDK's build of the file.
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_fixture_notebook_runs_with_dotnet_run_and_prints_its_displays_and_published_results()
    {
        var repository = RepositoryRoot();
        var start = new ProcessStartInfo("dotnet", ["run", "--file", Path.Combine("tests", "DocSite.Notebooks.Tests", "Fixtures", "literate.cs")])
        {
            WorkingDirectory = repository,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        var printed = (await output).ReplaceLineEndings("\n");
        Assert.True(process.ExitCode == 0, printed + await errors);
        Assert.Equal("合计 42\ntotal = 42\n[Plotly chart]\n", printed);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DocSite.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no DocSite.slnx above {AppContext.BaseDirectory}");
    }
}
