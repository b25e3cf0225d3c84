namespace DocSite.Pipeline;

/// <summary>A file of the built site: its path relative to the output folder and its bytes.</summary>
public sealed record OutputFile(string Path, byte[] Content);
