using DocSite.Notebooks.Native;

namespace DocSite.Notebooks.Tests;

public sealed class ElfVersionNeedsTests
{
    [SkippableFact]
    public void Reads_and_weakens_version_requirements_of_a_real_library()
    {
        // Any shared library the runtime ships has libc version needs.
        var library = Directory.GetFiles(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "libSystem.Native.so").SingleOrDefault();
        Skip.If(library is null || !OperatingSystem.IsLinux(), "the runtime ships no Linux shared library here");

        var bytes = File.ReadAllBytes(library);
        var needs = ElfVersionNeeds.Read(bytes);
        Assert.Contains(needs, n => n.Library.StartsWith("libc.so", StringComparison.Ordinal) && n.Version.StartsWith("GLIBC_", StringComparison.Ordinal));

        var target = needs.First(n => !n.IsWeak);
        var sameVersion = needs.Count(n => n.Version == target.Version && !n.IsWeak);
        Assert.Equal(sameVersion, ElfVersionNeeds.MarkWeak(bytes, new HashSet<string> { target.Version }));
        var after = ElfVersionNeeds.Read(bytes);
        Assert.True(after.Single(n => n.FlagsOffset == target.FlagsOffset).IsWeak);
        Assert.Equal(needs.Count(n => n.IsWeak) + sameVersion, after.Count(n => n.IsWeak));
    }

    [Fact]
    public void Rejects_what_is_not_elf() =>
        Assert.Throws<InvalidDataException>(() => ElfVersionNeeds.Read(new byte[100]));
}
