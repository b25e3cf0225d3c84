using System.Globalization;
using System.Text.RegularExpressions;
using DocSite.Diagnostics;

namespace DocSite.Results;

/// <summary>
/// A claim about notebook results: arithmetic (<c>+ - * /</c>, parentheses, numbers, <c>96%</c>) over published
/// values, with one or more comparisons (<c>&lt; &lt;= &gt; &gt;= == !=</c>), chained for a range
/// (<c>0.4 &lt;= x.ipynb#a &lt;= 0.6</c>). A bare name after a path names a result of that same notebook.
/// </summary>
public sealed partial class Claim
{
    private readonly string _text;
    private readonly Func<ResultReference, double> _valueOf;
    private readonly List<(string Written, double Value)> _used = [];
    private string? _notebook;
    private int _position;

    private Claim(string text, Func<ResultReference, double> valueOf)
    {
        _text = text;
        _valueOf = valueOf;
    }

    /// <param name="text">The claim, as written after <c>nb:</c>.</param>
    /// <param name="valueOf">The number a reference names (throws <see cref="GlueException"/> when there is none).</param>
    /// <returns>Null when the claim holds, else why not, naming every value it used.</returns>
    /// <exception cref="GlueException">GLUE004: the claim cannot be read; or what <paramref name="valueOf"/> throws.</exception>
    public static string? Check(string text, Func<ResultReference, double> valueOf) => new Claim(text, valueOf).Evaluate();

    private string? Evaluate()
    {
        var left = Sum();
        string? failure = null;
        var comparisons = 0;
        while (NextComparison() is { } comparison)
        {
            var right = Sum();
            comparisons++;
            if (failure is null && !Holds(left, comparison, right)) failure = $"{Show(left)} {comparison} {Show(right)} is false";
            left = right;
        }

        SkipSpaces();
        if (_position < _text.Length) throw Malformed($"`{_text[_position..]}` is not understood");
        if (comparisons == 0) throw Malformed("it compares nothing (use <, <=, >, >=, == or !=)");
        if (failure is null) return null;
        var values = string.Join(", ", _used.Distinct().Select(u => $"{u.Written} = {Show(u.Value)}"));
        return $"the claim `{_text}` does not hold: {failure} ({values})";
    }

    private double Sum()
    {
        var value = Product();
        while (true)
        {
            if (Accept("+")) value += Product();
            else if (Accept("-")) value -= Product();
            else return value;
        }
    }

    private double Product()
    {
        var value = Unary();
        while (true)
        {
            if (Accept("*")) value *= Unary();
            else if (Accept("/")) value /= Unary();
            else return value;
        }
    }

    private double Unary() => Accept("-") ? -Unary() : Primary();

    private double Primary()
    {
        SkipSpaces();
        if (Accept("("))
        {
            var inner = Sum();
            if (!Accept(")")) throw Malformed("a `(` is not closed");
            return inner;
        }

        if (NumberToken().Match(_text, _position) is { Success: true } number)
        {
            _position += number.Length;
            var text = number.Value.TrimEnd('%');
            var value = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
            return number.Value.EndsWith('%') ? value / 100 : value;
        }

        if (ReferenceToken().Match(_text, _position) is { Success: true } reference)
        {
            _position += reference.Length;
            if (reference.Groups["notebook"].Success) _notebook = reference.Groups["notebook"].Value;
            var value = _valueOf(new ResultReference(_notebook, reference.Groups["name"].Value));
            _used.Add((reference.Groups["name"].Value, value));
            return value;
        }

        throw Malformed(_position < _text.Length ? $"`{_text[_position..]}` is not a number or a result" : "it ends where a value should be");
    }

    private string? NextComparison()
    {
        foreach (var (written, normal) in Comparisons)
        {
            if (Accept(written)) return normal;
        }
        return null;
    }

    private static readonly (string Written, string Normal)[] Comparisons =
        [("<=", "<="), (">=", ">="), ("==", "=="), ("!=", "!="), ("<", "<"), (">", ">"), ("≤", "<="), ("≥", ">="), ("≠", "!=")];

    private static bool Holds(double left, string comparison, double right) => comparison switch
    {
        "<" => left < right,
        "<=" => left <= right,
        ">" => left > right,
        ">=" => left >= right,
        "==" => left == right,
        _ => left != right,
    };

    private bool Accept(string token)
    {
        SkipSpaces();
        if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0) return false;
        _position += token.Length;
        return true;
    }

    private void SkipSpaces()
    {
        while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
    }

    private GlueException Malformed(string why) =>
        new(DiagnosticCodes.MalformedReference, $"the claim `{_text}` cannot be read: {why}");

    private static string Show(double value) => ResultFormatter.Describe(value);

    [GeneratedRegex(@"\G\d+(?:\.\d+)?(?:[eE][-+]?\d+)?%?")]
    private static partial Regex NumberToken();

    [GeneratedRegex(@"\G(?:(?<notebook>[^\s#()*+<>=!≤≥≠]+\.(?:ipynb|dib|cs))#)?(?<name>[A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ReferenceToken();
}
