using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace DocSite.Diagnostics;

/// <summary>Reads source files as strict UTF-8, reporting where the first invalid byte is.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="fullPath">The file to read.</param>
    /// <param name="displayPath">The path printed in a diagnostic (relative to the site root).</param>
    public static string Read(string fullPath, string displayPath) => Decode(File.ReadAllBytes(fullPath), displayPath);

    public static string Decode(byte[] bytes, string displayPath)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble)) span = span[3..];
        if (Utf8.IsValid(span)) return Strict.GetString(span);

        var buffer = ArrayPool<char>.Shared.Rent(span.Length);
        try
        {
            Utf8.ToUtf16(span, buffer, out var bytesRead, out _, replaceInvalidSequences: false);
            var before = span[..bytesRead];
            var line = before.Count((byte)'\n') + 1;
            var column = bytesRead - before.LastIndexOf((byte)'\n');
            throw new BuildFailedException(new BuildDiagnostic(displayPath, line, column, DiagnosticCodes.Encoding,
                $"the file is not valid UTF-8 (invalid byte 0x{span[bytesRead]:X2}); save it as UTF-8"));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
