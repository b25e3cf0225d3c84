using System.Globalization;

namespace DocSite.Notebooks.Rendering;

/// <summary>What text written to a terminal looks like at a point: the state that SGR escapes (<c>ESC[…m</c>) change.</summary>
internal sealed class AnsiStyle
{
    private static readonly string[] Colours = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

    private string? _foreground;
    private string? _background;
    private bool _bold;
    private bool _dim;
    private bool _italic;
    private bool _underline;

    public string Classes => string.Join(' ', new[]
    {
        _foreground is null ? null : "ansi-" + _foreground,
        _background is null ? null : "ansi-bg-" + _background,
        _bold ? "ansi-bold" : null,
        _dim ? "ansi-dim" : null,
        _italic ? "ansi-italic" : null,
        _underline ? "ansi-underline" : null,
    }.OfType<string>());

    /// <param name="parameters">The numbers between <c>ESC[</c> and <c>m</c>, separated by ';' (none means reset).</param>
    public void Apply(string parameters)
    {
        var codes = parameters.Split(';').Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToArray();
        for (var i = 0; i < codes.Length; i++)
        {
            switch (codes[i])
            {
                case 0: (_foreground, _background, _bold, _dim, _italic, _underline) = (null, null, false, false, false, false); break;
                case 1: _bold = true; break;
                case 2: _dim = true; break;
                case 3: _italic = true; break;
                case 4: _underline = true; break;
                case 22: (_bold, _dim) = (false, false); break;
                case 23: _italic = false; break;
                case 24: _underline = false; break;
                case >= 30 and <= 37: _foreground = Colours[codes[i] - 30]; break;
                case >= 90 and <= 97: _foreground = "bright-" + Colours[codes[i] - 90]; break;
                case 39: _foreground = null; break;
                case >= 40 and <= 47: _background = Colours[codes[i] - 40]; break;
                case >= 100 and <= 107: _background = "bright-" + Colours[codes[i] - 100]; break;
                case 49: _background = null; break;
                case 38 or 48:
                    // 38;5;n and 38;2;r;g;b (48 for the background): the first 16 of the 256 are the named colours.
                    var extended = codes.Length > i + 2 && codes[i + 1] == 5 && codes[i + 2] < 16 ? Named(codes[i + 2]) : null;
                    if (codes[i] == 38)
                    {
                        _foreground = extended;
                    }
                    else
                    {
                        _background = extended;
                    }

                    i += codes.Length > i + 1 && codes[i + 1] == 2 ? 4 : 2;
                    break;
            }
        }
    }

    private static string Named(int code) => code < 8 ? Colours[code] : "bright-" + Colours[code - 8];
}
