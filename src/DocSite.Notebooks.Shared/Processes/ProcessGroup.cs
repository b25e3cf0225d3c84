using System.Runtime.InteropServices;

namespace DocSite.Notebooks.Processes;

/// <summary>
/// Unix process groups. A process the build starts leads a group of its own, so that it and everything it
/// starts can be killed with one signal, even after the leader itself has exited and its children were
/// re-parented. Used by the notebook worker too. Does nothing where there are none (Windows).
/// </summary>
public static partial class ProcessGroup
{
    /// <summary>The environment variable that names, to a worker, the process it must not outlive.</summary>
    public const string ParentVariable = "DOCSITE_PARENT_PID";

    private const int SigKill = 9;

    public static bool IsSupported => OperatingSystem.IsLinux() || OperatingSystem.IsMacOS();

    /// <summary>This process's parent; it changes when the parent dies (the orphan is adopted). 0 where unknown.</summary>
    public static int ParentProcessId => IsSupported ? GetParentProcessId() : 0;

    /// <summary>Makes this process the leader of a new group (<c>setpgid(0, 0)</c>); false where that failed.</summary>
    public static bool LeadOwnGroup() => IsSupported && SetProcessGroup(0, 0) == 0;

    /// <summary>SIGKILL to every process in group <paramref name="groupId"/>; false when there is no such group (it never formed, or is empty).</summary>
    public static bool Kill(int groupId) => IsSupported && groupId > 1 && SendSignal(-groupId, SigKill) == 0;

    /// <summary>
    /// SIGKILL to this process's own group, this process included; only to this process when it does not lead
    /// its group (the group would be its parent's).
    /// </summary>
    public static void KillOwn()
    {
        if (IsSupported)
        {
            SendSignal(GetProcessGroup() == Environment.ProcessId ? 0 : Environment.ProcessId, SigKill);
        }
    }

    [LibraryImport("libc", EntryPoint = "setpgid", SetLastError = true)]
    private static partial int SetProcessGroup(int processId, int groupId);

    [LibraryImport("libc", EntryPoint = "getpgrp")]
    private static partial int GetProcessGroup();

    [LibraryImport("libc", EntryPoint = "getppid")]
    private static partial int GetParentProcessId();

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int processId, int signal);
}
