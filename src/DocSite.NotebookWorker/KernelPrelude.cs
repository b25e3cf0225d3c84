using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;

namespace DocSite.NotebookWorker;

/// <summary>
/// Code submitted once before the notebook's first cell. It also pays the compiler's warm-up before the
/// engine starts timing cells.
/// </summary>
internal static class KernelPrelude
{
    // In this .NET Interactive version `display(x)` publishes one DisplayedValue and returns another, so
    // `display(x).Update(y)` cannot be matched to the output it updates. This `display` returns the value it
    // published; being declared in the script, it takes precedence over the kernel's `using static` one.
    //
    // `publish(name, value)` displays the value like `display(value)` and names it, so that pages can use it
    // (like Jupyter Book's glue). A number, string or bool also gets an application/json form: the raw value,
    // which pages format in the site's culture. The name travels as one more MIME type the worker removes.
    private const string Code = """
        Microsoft.DotNet.Interactive.Formatting.DisplayedValue display(object value, params string[] mimeTypes) =>
            Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(
                Microsoft.DotNet.Interactive.KernelInvocationContext.Current, value, mimeTypes);

        void publish(string name, object value)
        {
            if (name is null || !System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]*$"))
                throw new System.ArgumentException($"publish: `{name}` is not a valid name (letters, digits and _, not starting with a digit)", nameof(name));
            var context = Microsoft.DotNet.Interactive.KernelInvocationContext.Current;
            var formatted = new System.Collections.Generic.List<Microsoft.DotNet.Interactive.Formatting.FormattedValue>(
                Microsoft.DotNet.Interactive.Formatting.FormattedValue.CreateManyFromObject(value));
            var scalar = value is string or bool or sbyte or byte or short or ushort or int or uint or long or ulong or decimal
                || value is float f && float.IsFinite(f) || value is double d && double.IsFinite(d);
            if (scalar)
                formatted.Add(new Microsoft.DotNet.Interactive.Formatting.FormattedValue("application/json", System.Text.Json.JsonSerializer.Serialize(value, value.GetType())));
            formatted.Add(new Microsoft.DotNet.Interactive.Formatting.FormattedValue("<<MARKER>>", name));
            context.Publish(new Microsoft.DotNet.Interactive.Events.DisplayedValueProduced(
                value, context.Command, formatted, System.Guid.NewGuid().ToString("N")));
        }
        """;

    public static async Task RunAsync(Kernel kernel)
    {
        var result = await kernel.SendAsync(new SubmitCode(Code.Replace("<<MARKER>>", PublishMarker.MimeType, StringComparison.Ordinal), KernelFactory.CSharpKernelName)).ConfigureAwait(false);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            WorkerLog.Write($"prelude failed: {failed.Message}");
        }
    }
}
