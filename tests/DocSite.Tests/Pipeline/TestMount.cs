using System.Diagnostics;

namespace DocSite.Tests.Pipeline;

/// <summary>
/// A real mount for a test (Linux, as root: CI and the development machines here): a bind mount, a read-only
/// bind mount or a small tmpfs. Dispose unmounts it, so a failing test leaves no mount behind.
/// </summary>
internal sealed class TestMount : IDisposable
{
    private static readonly Lazy<bool> CanMount = new(Probe);

    private TestMount(string target)
    {
        Target = target;
    }

    /// <summary>The folder the file system is mounted on.</summary>
    public string Target { get; }

    /// <summary>Whether this process may mount (root on Linux, outside a container that forbids it); tested once, for real.</summary>
    public static bool Permitted => CanMount.Value;

    public const string NotPermitted = "mounting is not permitted here (needs Linux, root and a mount namespace that allows it)";

    /// <summary><c>mount --bind source target</c>.</summary>
    public static TestMount Bind(string source, string target)
    {
        Mount("--bind", source, target);
        return new TestMount(target);
    }

    /// <summary>Makes a folder read-only by bind-mounting it on itself read-only: root ignores permission bits, not this.</summary>
    public static TestMount ReadOnly(string folder)
    {
        Mount("--bind", folder, folder);
        var mount = new TestMount(folder);
        try
        {
            Mount("-o", "remount,ro,bind", folder);
            return mount;
        }
        catch
        {
            mount.Dispose();
            throw;
        }
    }

    /// <summary>A tmpfs of the given size (<c>1m</c>): a disk that fills up.</summary>
    public static TestMount Tmpfs(string target, string size)
    {
        Mount("-t", "tmpfs", "-o", $"size={size}", "tmpfs", target);
        return new TestMount(target);
    }

    public void Dispose()
    {
        if (Run("umount", Target) != 0) Run("umount", "-l", Target);
    }

    private static void Mount(params string[] args)
    {
        var code = Run("mount", args);
        if (code != 0) throw new InvalidOperationException($"mount {string.Join(' ', args)} exited with {code}");
    }

    private static bool Probe()
    {
        if (!OperatingSystem.IsLinux()) return false;
        var folder = Directory.CreateTempSubdirectory("docsite-mount-probe").FullName;
        try
        {
            if (Run("mount", "--bind", folder, folder) != 0) return false;
            Run("umount", folder);
            return true;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no mount command
        }
        finally
        {
            Directory.Delete(folder);
        }
    }

    /// <summary>Runs a command (mount, umount, chattr) with a time bound; its exit code, -1 when it hung.</summary>
    internal static int Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
        {
            process.Kill(entireProcessTree: true);
            return -1;
        }
        return process.ExitCode;
    }
}
