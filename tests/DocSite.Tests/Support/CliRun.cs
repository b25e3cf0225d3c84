namespace DocSite.Tests.Support;

/// <summary>The exit code and the two output streams of one command-line run.</summary>
public sealed record CliRun(int ExitCode, string Output, string Errors);
