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

    public static void Write(string message) => Writer.WriteLine($"[worker] {message}");
}
