namespace DocSite.Notebooks.Outputs;

/// <summary>
/// A displayed value (<c>display(x)</c>) or the cell's return value, as one representation per MIME type
/// (for example <c>text/html</c> and <c>text/plain</c>). Images are base64 text, JSON types are JSON text.
/// </summary>
/// <param name="Data">MIME type → representation, in the kernel's order of preference.</param>
/// <param name="IsResult">True for the value of the cell's last expression (Jupyter's <c>execute_result</c>).</param>
/// <param name="Name">The name the notebook published it under (<c>publish("name", value)</c> or a <c>publish:name</c> tag), if any.</param>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, bool IsResult, string? Name = null) : CellOutput;
