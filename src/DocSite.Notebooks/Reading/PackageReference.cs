namespace DocSite.Notebooks.Reading;

/// <summary>A <c>#r "nuget: Name, Version"</c> line.</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version as written, or null when none is.</param>
/// <param name="Line">1-based line in the cell or file.</param>
internal sealed record PackageReference(string Name, string? Version, int Line)
{
    /// <summary>True for an exact version (1.2.3, 1.2.3-beta.4): wildcards and ranges make a notebook's result depend on the day it ran.</summary>
    public bool IsPinned => Version is not null && PackageReferenceScanner.IsExactVersion(Version);
}
