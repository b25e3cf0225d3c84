namespace DocSite.Pipeline;

/// <summary>A file the build writes of its own (not from a source): its output path and what it is, for error messages.</summary>
public sealed record GeneratedOutput(string Path, string What);
