using System.Diagnostics;
using System.Text;

namespace DocSite.Notebooks.Native;

/// <summary>The C++ runtime (<c>libstdc++.so.6</c>) this system's processes load, and the symbol versions it defines.</summary>
internal static class SystemLibStdCxx
{
    private const string FileName = "libstdc++.so.6";

    /// <summary>The file the dynamic linker uses: the one mapped into this process (the .NET runtime links it), else <c>ldconfig</c>'s, else a usual path.</summary>
    public static string? Locate()
    {
        try
        {
            var mapped = File.ReadLines("/proc/self/maps")
                .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault())
                .FirstOrDefault(path => path is not null && Path.GetFileName(path).StartsWith(FileName, StringComparison.Ordinal));
            if (mapped is not null && File.Exists(mapped))
            {
                return mapped;
            }
        }
        catch (IOException)
        {
            // No /proc: try the others.
        }

        return FromLdconfig() ?? new[] { "/lib/x86_64-linux-gnu/", "/usr/lib/x86_64-linux-gnu/", "/usr/lib64/", "/lib64/" }
            .Select(folder => folder + FileName)
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Whether the library defines <paramref name="version"/> (its version names are NUL-terminated strings in the file).</summary>
    public static bool Defines(string libraryPath, string version)
    {
        var bytes = File.ReadAllBytes(libraryPath);
        var needle = Encoding.ASCII.GetBytes(version + "\0");
        return bytes.AsSpan().IndexOf(needle) >= 0;
    }

    private static string? FromLdconfig()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("ldconfig", "-p") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }

            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return output.Split('\n')
                .Where(line => line.TrimStart().StartsWith(FileName + " ", StringComparison.Ordinal) && line.Contains("x86-64", StringComparison.Ordinal))
                .Select(line => line[(line.LastIndexOf("=>", StringComparison.Ordinal) + 2)..].Trim())
                .FirstOrDefault(File.Exists);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
