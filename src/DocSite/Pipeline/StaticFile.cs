namespace DocSite.Pipeline;

/// <summary>A file beside the pages (an image, a download) copied as it is.</summary>
public sealed record StaticFile(string SourcePath, string OutputPath);
