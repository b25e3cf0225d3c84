using System.Text;

namespace DocSite.NotebookWorker;

/// <summary>
/// Diagnostic lines for the engine, on standard error. Captured before the kernel exists, because the kernel
/// replaces <see cref="Console.Out"/> and <see cref="Console.Error"/> for the whole process.
/// </summary>
internal static class WorkerLog
{
    private static readonly TextWriter Writer = TextWriter.Synchronized(
        new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true });

    /// <summary>Set <c>DOCSITE_WORKER_TRACE=1</c> to log every kernel event (debugging the worker).</summary>
    public static bool Tracing { get; } = Environment.GetEnvironmentVariable("DOCSITE_WORKER_TRACE") == "1";

    public static void Write(string message) => Writer.WriteLine($"[worker] {message}");
}
