using DocSite.Notebooks.Caching;
using DocSite.Notebooks.Execution;
using DocSite.Notebooks.Sources;

namespace DocSite.Notebooks.Tests;

public sealed class ExecutionPlanningTests
{
    [Fact]
    public void Parameters_cell_declarations_are_found()
    {
        Assert.Equal(["epochs", "seed", "rate", "name", "sizes"],
            ParameterInjector.DeclaredNames("var epochs = 5; int seed = 42;\ndouble rate = 0.1;\nstring name = \"x\";\nint[] sizes = [1];\nconst int Fixed = 1;\nif (a == b) {}"));
    }

    [Fact]
    public void Only_declared_parameters_are_injected_with_the_variables_type()
    {
        var code = ParameterInjector.InjectedCode("var epochs = 5;\nvar name = \"a\";", new Dictionary<string, string> { ["epochs"] = "2", ["name"] = "say \"hi\"", ["other"] = "1" });
        Assert.NotNull(code);
        Assert.Contains("epochs = DocSiteParameter(epochs, @\"2\");", code, StringComparison.Ordinal);
        Assert.Contains("name = DocSiteParameter(name, @\"say \"\"hi\"\"\");", code, StringComparison.Ordinal);
        Assert.DoesNotContain("other", code, StringComparison.Ordinal);
        Assert.Null(ParameterInjector.InjectedCode("var epochs = 5;", new Dictionary<string, string>()));
    }

    [Fact]
    public void Input_patterns_expand_in_ordinal_order()
    {
        var root = Directory.CreateTempSubdirectory("docsite-globs").FullName;
        try
        {
            foreach (var file in new[] { "data/b.json", "data/a.json", "data/sub/c.json", "data/x.txt", "notebooks/n.ipynb" })
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, file))!);
                File.WriteAllText(Path.Combine(root, file), file);
            }

            var notebooks = Path.Combine(root, "notebooks");
            var tree = new SourceTree(root);
            string Relative(string p) => Path.GetRelativePath(root, p).Replace('\\', '/');
            Assert.Equal(["data/a.json", "data/b.json"], InputFiles.Expand(tree, notebooks, "../data/*.json").Select(Relative));
            Assert.Equal(["data/a.json", "data/b.json", "data/sub/c.json"], InputFiles.Expand(tree, notebooks, "../data/**/*.json").Select(Relative));
            Assert.Equal(["data/x.txt"], InputFiles.Expand(tree, notebooks, "../data/x.txt").Select(Relative));
            Assert.Empty(InputFiles.Expand(tree, notebooks, "../missing/*.json"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
