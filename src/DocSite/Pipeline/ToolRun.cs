namespace DocSite.Pipeline;

/// <summary>How a tool the build ran ended: its exit code and what it wrote.</summary>
public sealed record ToolRun(int ExitCode, string Output, string Errors);
