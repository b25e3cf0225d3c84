using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocSite.Pipeline;

/// <summary>
/// Runs the build's Node work (KaTeX for math, citeproc-js for citations) in one Node process: starting Node
/// costs more than typesetting hundreds of formulas. The script, node-tasks.js, ships inside this library.
/// </summary>
public static class NodeTasks
{
    private const string ScriptResource = "node-tasks.js";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(NodeTasks).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"the resource {ScriptResource} is missing from the build");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <exception cref="System.ComponentModel.Win32Exception">Node.js is not on the PATH.</exception>
    /// <exception cref="InvalidOperationException">Node failed or did not answer JSON.</exception>
    public static async Task<NodeTaskOutput> RunAsync(NodeTaskInput input, CancellationToken cancellationToken)
    {
        // The work goes in a file: a guarded process reads no standard input.
        var file = Path.Combine(Path.GetTempPath(), $"docsite-node-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(input, Json), cancellationToken).ConfigureAwait(false);
        ToolRun run;
        try
        {
            // The script is passed with -e: no file of its own to write and clean up.
            run = await ToolProcess.RunAsync("node", ["-e", Script.Value, file], cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            File.Delete(file);
        }
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"node exited with code {run.ExitCode}: {FirstLines(run.Errors)}");
        try
        {
            return JsonSerializer.Deserialize<NodeTaskOutput>(run.Output, Json) ?? throw new InvalidOperationException("node answered null");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"node did not answer JSON: {e.Message}", e);
        }
    }

    // Node's stack traces are long; the message is in the first lines.
    private static string FirstLines(string errors) =>
        string.Join(' ', errors.Trim().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Take(6));
}
