using System.Runtime.InteropServices;

namespace DocSite.Notebooks.Execution;

/// <summary>
/// The <c>dotnet</c> executable to start the worker with: this process when it is dotnet; else the host of the
/// runtime this process runs on (the application may run through its own launcher); else the one on PATH.
/// </summary>
internal static class DotnetHost
{
    private static readonly string ExecutableName = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";

    public static string Path
    {
        get
        {
            var current = Environment.ProcessPath;
            if (current is not null && System.IO.Path.GetFileName(current).Equals(ExecutableName, StringComparison.OrdinalIgnoreCase))
            {
                return current;
            }

            // <root>/shared/Microsoft.NETCore.App/<version>/ → <root>/dotnet
            var runtime = RuntimeEnvironment.GetRuntimeDirectory();
            var besideRuntime = System.IO.Path.GetFullPath(System.IO.Path.Combine(runtime, "..", "..", "..", ExecutableName));
            if (File.Exists(besideRuntime))
            {
                return besideRuntime;
            }

            var fromCli = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(fromCli) && File.Exists(fromCli) ? fromCli : ExecutableName;
        }
    }
}
