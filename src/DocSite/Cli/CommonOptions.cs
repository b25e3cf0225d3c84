using System.CommandLine;

namespace DocSite.Cli;

/// <summary>The options every command shares: where the site is and where it is built.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Root { get; } = new("--root") { Description = "The site root: the folder holding site.yml, input/, notebooks/ and theme/ (default: the current folder)." };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "The output folder (default: ROOT/output)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Root);
        command.Options.Add(Output);
    }

    public (string Root, string Output) Resolve(ParseResult parse)
    {
        var root = Path.GetFullPath(parse.GetValue(Root) ?? Directory.GetCurrentDirectory());
        var output = Path.GetFullPath(parse.GetValue(Output) ?? Path.Combine(root, "output"));
        return (root, output);
    }
}
