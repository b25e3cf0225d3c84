using NuGet.Versioning;

namespace DocSite.Notebooks.Reading;

/// <summary>A <c>#r "nuget: Name, Version"</c> line.</summary>
/// <param name="Name">The package id.</param>
/// <param name="Version">The version as written, or null when none is.</param>
/// <param name="Line">1-based line in the cell or file.</param>
internal sealed record PackageReference(string Name, string? Version, int Line)
{
    /// <summary>
    /// The one version the reference allows, read as NuGet reads it: <c>1.2.3</c>, <c>1.2.3-beta.4</c>, <c>[1.2.3]</c>;
    /// null for none, a floating version (<c>1.*</c>) or a range (<c>[1.2,2)</c>), which make a notebook's result
    /// depend on the day it ran.
    /// </summary>
    public NuGetVersion? ExactVersion =>
        Version is null ? null
        : NuGetVersion.TryParse(Version, out var version) ? version
        : VersionRange.TryParse(Version, out var range) && !range.IsFloating && range.IsMinInclusive && range.IsMaxInclusive
            && range.MinVersion is not null && range.MinVersion == range.MaxVersion ? range.MinVersion
        : null;

    /// <summary>Whether the reference names exactly one version.</summary>
    public bool IsPinned => ExactVersion is not null;
}
