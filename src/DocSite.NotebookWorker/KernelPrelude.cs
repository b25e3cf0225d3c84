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
    private const string Code = """
        Microsoft.DotNet.Interactive.Formatting.DisplayedValue display(object value, params string[] mimeTypes) =>
            Microsoft.DotNet.Interactive.KernelInvocationContextExtensions.Display(
                Microsoft.DotNet.Interactive.KernelInvocationContext.Current, value, mimeTypes);
        """;

    public static async Task RunAsync(Kernel kernel)
    {
        var result = await kernel.SendAsync(new SubmitCode(Code, KernelFactory.CSharpKernelName)).ConfigureAwait(false);
        if (result.Events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            WorkerLog.Write($"prelude failed: {failed.Message}");
        }
    }
}
