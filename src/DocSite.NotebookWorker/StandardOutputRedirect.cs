using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace DocSite.NotebookWorker;

/// <summary>
/// Keeps the protocol stream clean: native code (libtorch, for one) may print straight to file descriptor 1,
/// which would corrupt the JSON lines. On Unix the protocol gets a private copy of descriptor 1, and descriptor 1
/// itself is pointed at standard error, where stray output only reaches the engine's log.
/// </summary>
internal static partial class StandardOutputRedirect
{
    private const int StandardOutput = 1;
    private const int StandardError = 2;

    public static Stream TakeProtocolStream()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        var copy = Dup(StandardOutput);
        if (copy < 0 || Dup2(StandardError, StandardOutput) < 0)
        {
            return Console.OpenStandardOutput();
        }

        return new FileStream(new SafeFileHandle((nint)copy, ownsHandle: true), FileAccess.Write, bufferSize: 1);
    }

    [LibraryImport("libc", EntryPoint = "dup", SetLastError = true)]
    private static partial int Dup(int fd);

    [LibraryImport("libc", EntryPoint = "dup2", SetLastError = true)]
    private static partial int Dup2(int oldFd, int newFd);
}
