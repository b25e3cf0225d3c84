using DocSite.Charts;
using DocSite.FromNotebooks;
using DocSite.Notebooks;
using DocSite.Notebooks.Outputs;

namespace DocSite.Tests.Reader;

/// <summary>The "Installed Packages" output of a <c>#r "nuget: …"</c> cell is folded under a label in the site's language.</summary>
public sealed class PackageInstallOutputTests
{
    private static readonly NotebookLabels Labels = new("显示代码", "显示输出", "已安装的 NuGet 包", "运行输出",
        new ChartLabels("图表", "数据表", "系列", "表中只列出部分数据。", "："));

    [Fact]
    public void A_package_install_output_is_folded_and_other_outputs_are_not()
    {
        var installed = new DisplayOutput(new Dictionary<string, string>
        {
            ["text/html"] = "<div><strong>Installed Packages</strong><ul><li><span>Plotly.NET, 6.0.0</span></li></ul></div>",
            ["text/plain"] = "Installed Packages\n - Plotly.NET, 6.0.0",
        }, IsResult: false);
        var printed = new StreamOutput("stdout", "42\n");
        var notebook = new ExecutedNotebook("笔记", [
            new NotebookCell(1, CellKind.Code, "csharp", "#r \"nuget: Plotly.NET, 6.0.0\"", [], [installed], 1),
            new NotebookCell(2, CellKind.Code, "csharp", "Console.WriteLine(42);", [], [printed], 2),
        ], false, false, ReadOnlyMemory<byte>.Empty);

        var html = string.Concat(NotebookPageBuilder.Build("notebooks/a.ipynb", notebook, Labels).Blocks.OfType<DocSite.Documents.HtmlFragment>().Select(f => f.Html));

        Assert.Matches("<details class=\"cell-output\"><summary>已安装的 NuGet 包</summary>.*Plotly.NET, 6.0.0", html);
        Assert.Matches("<div class=\"cell-output\"><div class=\"cell-output-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"运行输出\">.*42", html);
    }
}
