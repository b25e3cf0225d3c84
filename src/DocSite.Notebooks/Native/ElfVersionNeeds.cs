using System.Buffers.Binary;
using System.Text;

namespace DocSite.Notebooks.Native;

/// <summary>
/// Reads and edits the symbol-version requirements (<c>.gnu.version_r</c>, <c>SHT_GNU_verneed</c>) of a 64-bit
/// little-endian ELF shared library: which versions (e.g. <c>GLIBCXX_3.4.32</c>) it needs from which library.
/// Marking a requirement weak (<c>VER_FLG_WEAK</c>) lets the dynamic linker load the library where that version
/// is missing; only sound when no symbol that is actually used needs it.
/// </summary>
internal static class ElfVersionNeeds
{
    private const uint VersionNeedSection = 0x6ffffffe; // SHT_GNU_verneed
    private const ushort WeakFlag = 0x2;                // VER_FLG_WEAK

    /// <summary>One <c>Vernaux</c> entry.</summary>
    /// <param name="Library">The needed library (e.g. <c>libstdc++.so.6</c>).</param>
    /// <param name="Version">The needed version name.</param>
    /// <param name="FlagsOffset">Where its <c>vna_flags</c> are in the file.</param>
    /// <param name="IsWeak">Whether it is already weak.</param>
    internal sealed record Requirement(string Library, string Version, int FlagsOffset, bool IsWeak);

    public static IReadOnlyList<Requirement> Read(byte[] elf)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != (byte)'E' || elf[2] != (byte)'L' || elf[3] != (byte)'F')
        {
            throw new InvalidDataException("not an ELF file");
        }

        if (elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("only 64-bit little-endian ELF files are supported");
        }

        var span = elf.AsSpan();
        var sectionTable = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(span[0x28..]));
        var entrySize = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3A..]);
        var count = BinaryPrimitives.ReadUInt16LittleEndian(span[0x3C..]);
        var requirements = new List<Requirement>();
        for (var i = 0; i < count; i++)
        {
            var header = span[(sectionTable + (i * entrySize))..];
            if (BinaryPrimitives.ReadUInt32LittleEndian(header[4..]) != VersionNeedSection)
            {
                continue;
            }

            var offset = checked((int)BinaryPrimitives.ReadUInt64LittleEndian(header[0x18..]));
            var strings = StringTableOffset(span, sectionTable, entrySize, BinaryPrimitives.ReadUInt32LittleEndian(header[0x28..]));
            var needCount = BinaryPrimitives.ReadUInt32LittleEndian(header[0x2C..]);
            ReadNeeds(span, offset, needCount, strings, requirements);
        }

        return requirements;
    }

    /// <summary>Marks the requirements for <paramref name="versions"/> weak, in place; returns how many it changed.</summary>
    public static int MarkWeak(byte[] elf, IReadOnlySet<string> versions)
    {
        var changed = 0;
        foreach (var requirement in Read(elf).Where(r => versions.Contains(r.Version) && !r.IsWeak))
        {
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(elf.AsSpan(requirement.FlagsOffset));
            BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan(requirement.FlagsOffset), (ushort)(flags | WeakFlag));
            changed++;
        }

        return changed;
    }

    private static void ReadNeeds(ReadOnlySpan<byte> elf, int offset, uint count, int strings, List<Requirement> requirements)
    {
        for (var n = 0; n < count; n++)
        {
            var need = elf[offset..];
            var auxCount = BinaryPrimitives.ReadUInt16LittleEndian(need[2..]);
            var library = CString(elf, strings + (int)BinaryPrimitives.ReadUInt32LittleEndian(need[4..]));
            var aux = offset + (int)BinaryPrimitives.ReadUInt32LittleEndian(need[8..]);
            for (var a = 0; a < auxCount; a++)
            {
                var entry = elf[aux..];
                var flags = BinaryPrimitives.ReadUInt16LittleEndian(entry[4..]);
                var name = CString(elf, strings + (int)BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
                requirements.Add(new Requirement(library, name, aux + 4, (flags & WeakFlag) != 0));
                var next = BinaryPrimitives.ReadUInt32LittleEndian(entry[12..]);
                if (next == 0)
                {
                    break;
                }

                aux += (int)next;
            }

            var nextNeed = BinaryPrimitives.ReadUInt32LittleEndian(need[12..]);
            if (nextNeed == 0)
            {
                break;
            }

            offset += (int)nextNeed;
        }
    }

    private static int StringTableOffset(ReadOnlySpan<byte> elf, int sectionTable, int entrySize, uint index) =>
        checked((int)BinaryPrimitives.ReadUInt64LittleEndian(elf[(sectionTable + ((int)index * entrySize) + 0x18)..]));

    private static string CString(ReadOnlySpan<byte> elf, int offset)
    {
        var end = elf[offset..].IndexOf((byte)0);
        return Encoding.ASCII.GetString(elf.Slice(offset, end < 0 ? 0 : end));
    }
}
