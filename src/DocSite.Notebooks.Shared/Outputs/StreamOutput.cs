namespace DocSite.Notebooks.Outputs;

/// <summary>Text the cell wrote to standard output or standard error; consecutive writes are merged.</summary>
/// <param name="Name"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">The text, with its line breaks.</param>
public sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string StandardOutput = "stdout";
    public const string StandardError = "stderr";
}
