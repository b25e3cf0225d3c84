using System.Text;
using System.Text.RegularExpressions;

namespace DocSite.Tests.SiteNotebooks;

/// <summary>
/// A simple scan of notebook C# for the TorchSharp 0.107 calls that turn a number into a <c>Scalar</c> on the fly and hand
/// its native handle to libtorch without keeping it alive, so that a garbage collection on another thread can free it
/// while libtorch reads it (notebooks/_shared/GcSafeAdam.csx tells the story): TorchSharp's optimizers and schedulers,
/// <c>Tensor.ToSingle()</c> and its kin, a number given to a tensor method (<c>t.pow(2)</c>), a tensor operator with a
/// number (<c>t / 2</c>, <c>1 - t</c>) and <c>t + u</c>, which TorchSharp runs as <c>t.add(u, 1)</c>. It knows no types: a
/// name is a tensor when the code declares it <c>Tensor</c> or assigns it from a TorchSharp call, so it misses what it
/// cannot see. It guards against the known forms; it proves nothing.
/// </summary>
public static partial class ImplicitScalarScanner
{
    // Calls that return a tensor: an operand ending in one of them is a tensor.
    private static readonly HashSet<string> TensorMethods =
    [
        "call", "forward", "matmul", "mm", "bmm", "softmax", "log_softmax", "sin", "cos", "exp", "log", "log1p", "sqrt", "abs",
        "neg", "negative", "mean", "sum", "std", "t", "transpose", "permute", "pow", "div", "mul", "add", "sub", "unsqueeze",
        "squeeze", "reshape", "view", "flatten", "normalize", "cross_entropy", "mse_loss", "nll_loss", "arange", "tensor",
        "zeros", "ones", "zeros_like", "ones_like", "randn", "rand", "eye", "cat", "stack", "relu", "gelu", "tanh", "sigmoid",
        "clone", "detach", "select", "index_select", "masked_fill", "triu", "tril", "argmax", "argmin", "eq", "gather", "flip",
        "expand", "repeat", "contiguous", "to", "linear", "conv2d", "max_pool2d", "rfft", "multinomial", "where", "clamp",
        "maximum", "minimum", "logical_and", "logical_or", "ge", "gt", "le", "lt", "narrow", "MoveToOuterDisposeScope",
        "DetachFromDisposeScope", "alias",
    ];

    // Tensor methods with a Scalar parameter: a number given to them becomes a Scalar on the fly.
    private static readonly HashSet<string> ScalarMethods =
    [
        "pow", "pow_", "div", "div_", "mul", "mul_", "add", "add_", "sub", "sub_", "remainder", "fmod", "masked_fill",
        "masked_fill_", "fill_", "clamp", "clamp_", "clamp_min", "clamp_max", "lerp", "float_power", "true_divide",
    ];

    // What, in an operand, says it is not a tensor but a number or a .NET value read from one.
    private static readonly string[] NotTensorMarks =
        [".data<", ".item<", ".ToArray(", ".shape", ".numel(", ".Length", ".Count", ".Select(", ".Sum(", ".Average(", ".ndim", ".dtype", ".device"];

    /// <summary>Every suspicious place in <paramref name="code"/>, in order.</summary>
    public static IReadOnlyList<ImplicitScalarFinding> Scan(string code)
    {
        var text = CodeOnly(code);
        var originalLines = code.Split('\n');
        var tensors = TensorNames(text, out var tensorFunctions, out var numbers, out var ambiguous);
        var findings = new List<(int Index, string Reason)>();

        foreach (Match m in Optimizer().Matches(text))
            findings.Add((m.Index, $"TorchSharp's optim.{m.Groups[1].Value} makes its Scalars on the fly: train with GcSafeAdam (_shared/GcSafeAdam.csx)"));
        foreach (Match m in Scheduler().Matches(text))
            findings.Add((m.Index, "a TorchSharp learning-rate scheduler drives TorchSharp's optimizer: compute the rate and pass it to GcSafeAdam.Step"));
        foreach (Match m in ReadThroughScalar().Matches(text))
            findings.Add((m.Index, $".{m.Groups[1].Value}() reads the tensor through a temporary Scalar: use item<T>()"));
        foreach (Match m in ScalarNotHeld().Matches(text))
            if (!LineAt(text, m.Index).Contains("using", StringComparison.Ordinal))
                findings.Add((m.Index, "a Scalar not held by `using` can be freed while libtorch reads it"));
        foreach (Match m in MethodCall().Matches(text))
        {
            var name = m.Groups[1].Value;
            var arguments = Arguments(text, m.Index + m.Length - 1);
            if (ScalarMethods.Contains(name) && arguments.Any(a => IsNumber(a, numbers)))
                findings.Add((m.Index, $".{name}(…) with a number makes a Scalar on the fly: pass a Scalar held by `using`"));
            else if (name is "add" or "add_" && arguments.Count == 1 || name is "addcmul" or "addcmul_" or "addcdiv" or "addcdiv_" && arguments.Count == 2)
                findings.Add((m.Index, $".{name}(…) without its alpha makes a Scalar 1 on the fly: pass one held by `using`"));
        }
        foreach (var (index, op, left, right) in Operators(text))
        {
            var leftTensor = IsTensor(left, tensors, tensorFunctions);
            var rightTensor = IsTensor(right, tensors, tensorFunctions);
            var other = leftTensor ? right : left;
            var otherAmbiguous = Identifier().Match(other) is { Success: true, Index: 0 } root && ambiguous.Contains(root.Value) && FinalCall(other) is null;
            if (op == "+" ? leftTensor || rightTensor : leftTensor != rightTensor && !otherAmbiguous)
                findings.Add((index, op == "+" && leftTensor && rightTensor
                    ? "t + u is t.add(u, 1), with a Scalar 1 made on the fly: write t.add(u, one) with `using Scalar one = 1`"
                    : $"a tensor {op} a number makes a Scalar on the fly: use the method (div, mul, add…) with a Scalar held by `using`"));
        }

        return findings
            .Select(f => (Line: LineNumber(text, f.Index), f.Reason))
            .Distinct()
            .OrderBy(f => f.Line)
            .Select(f => new ImplicitScalarFinding(f.Line, f.Reason, originalLines[f.Line - 1].Trim()))
            .ToList();
    }

    /// <summary>The code with the text of comments, strings and characters blanked out, lines and columns kept.</summary>
    private static string CodeOnly(string code)
    {
        var text = new StringBuilder(code);
        var i = 0;
        while (i < code.Length)
        {
            if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '/')
                while (i < code.Length && code[i] != '\n') text[i++] = ' ';
            else if (code[i] == '/' && i + 1 < code.Length && code[i + 1] == '*')
            {
                var end = code.IndexOf("*/", i + 2, StringComparison.Ordinal);
                end = end < 0 ? code.Length : end + 2;
                for (; i < end; i++) if (code[i] != '\n') text[i] = ' ';
            }
            else if (code[i] is '"' or '\'')
            {
                var quote = code[i];
                var verbatim = i > 0 && code[i - 1] == '@' || i > 1 && code[i - 1] == '$' && code[i - 2] == '@';
                i++;
                while (i < code.Length && code[i] != quote && code[i] != '\n')
                {
                    if (code[i] == '\\' && !verbatim && i + 1 < code.Length) text[i++] = ' ';
                    text[i++] = ' ';
                }
                i++;
            }
            else i++;
        }
        return text.ToString();
    }

    /// <summary>The names the code declares as tensors or assigns from a tensor expression, the functions it declares to
    /// return a tensor, the names it declares as numbers, and the names it uses for a tensor and for something else.</summary>
    private static HashSet<string> TensorNames(string text, out HashSet<string> tensorFunctions, out HashSet<string> numbers, out HashSet<string> ambiguous)
    {
        var tensors = TensorDeclaration().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        var functions = TensorFunction().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        tensorFunctions = functions;
        numbers = NumberDeclaration().Matches(text).Select(m => m.Groups[1].Value)
            .Concat(NumberVariable().Matches(text).Select(m => m.Groups[1].Value)).ToHashSet();
        for (var pass = 0; pass < 3; pass++)
            foreach (Match m in Assignment().Matches(text))
                if (IsTensor(m.Groups[2].Value.Trim(), tensors, tensorFunctions))
                    tensors.Add(m.Groups[1].Value);
        // A name the code also declares as a number (x in double f(double x)) or assigns something else (var rows =
        // tensor(batch) in one function, var rows = n / columns in another) could be either: the scan leaves it alone.
        ambiguous = Assignment().Matches(text).Where(m => !IsTensor(m.Groups[2].Value.Trim(), tensors, functions))
            .Select(m => m.Groups[1].Value).Concat(numbers).Where(tensors.Contains).ToHashSet();
        tensors.ExceptWith(ambiguous);
        return tensors;
    }

    private static bool IsNumber(string argument, HashSet<string> numbers)
    {
        var a = argument.Trim();
        var named = a.Contains(':', StringComparison.Ordinal) ? a[(a.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim() : a;
        return NumberStart().IsMatch(named) || numbers.Contains(named);
    }

    private static bool IsTensor(string operand, HashSet<string> tensors, HashSet<string> tensorFunctions)
    {
        var o = CastPrefix().Replace(operand.Trim(), "").TrimStart('-', '!', ' ');
        var outside = OutsideBrackets(o);   // x.index(t.shape[0]).sum(): what is read from the tensor, not what the arguments read
        if (o.Length == 0 || NotTensorMarks.Any(mark => outside.Contains(mark, StringComparison.Ordinal)) || NumberStart().IsMatch(o)) return false;
        if (FinalCall(o) is { } last && (TensorMethods.Contains(last) || tensorFunctions.Contains(last))) return true;
        if (o.StartsWith("torch.", StringComparison.Ordinal)) return true;
        var root = Identifier().Match(o);
        if (root.Success && root.Index == 0 && tensors.Contains(root.Value)) return true;
        // A parenthesised group is a tensor when a tensor takes part in it.
        return o.StartsWith('(') && Identifier().Matches(o).Any(m => tensors.Contains(m.Value) || tensorFunctions.Contains(m.Value) || m.Value == "torch"
            || TensorMethods.Contains(m.Value) && m.Index > 0 && o[m.Index - 1] == '.');
    }

    /// <summary>The operand with what is inside its brackets left out: a.b(c.d).e[f] → a.b().e[].</summary>
    private static string OutsideBrackets(string operand)
    {
        var kept = new StringBuilder();
        var depth = 0;
        foreach (var c in operand)
        {
            if (c is ')' or ']') depth--;
            if (depth == 0) kept.Append(c);
            if (c is '(' or '[') depth++;
        }
        return kept.ToString();
    }

    /// <summary>The name of the call that ends <paramref name="operand"/> (x.mean(0).div(y) → div), if it ends in one.</summary>
    private static string? FinalCall(string operand)
    {
        if (!operand.EndsWith(')')) return null;
        var open = Matching(operand, operand.Length - 1, -1);
        var name = CallName().Match(operand[..open] + "(");
        while (name.Success && name.Index + name.Length != open + 1) name = name.NextMatch();
        return name.Success ? name.Groups[1].Value : null;
    }

    /// <summary>Each binary + - * / % (and comparison) with its two operands.</summary>
    private static IEnumerable<(int Index, string Op, string Left, string Right)> Operators(string text)
    {
        foreach (Match m in BinaryOperator().Matches(text))
        {
            var op = m.Groups["op"].Value;
            var start = m.Groups["op"].Index;
            var left = LeftOperand(text, start);
            if (left.Length == 0) continue;   // a unary minus or plus
            var right = RightOperand(text, start + op.Length);
            if (right.Length == 0) continue;
            yield return (start, op, left, right);
        }
    }

    private static string LeftOperand(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i])) i--;
        var last = i;
        while (i >= 0)
        {
            var c = text[i];
            if (c is ')' or ']') i = Matching(text, i, -1) - 1;
            else if (c == '>' && i + 1 < text.Length && text[i + 1] == '(') i = text.LastIndexOf('<', i) - 1;   // a generic call, x.data<float>()
            else if (IsNamePart(text, i)) i--;
            else break;
        }
        var operand = last < 0 ? "" : text[(i + 1)..(last + 1)].Trim();
        // A keyword before a minus (return -x) leaves it unary.
        return operand is "return" or "in" or "case" or "else" ? "" : operand;
    }

    private static string RightOperand(string text, int start)
    {
        var i = start;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var first = i;
        var cast = CastAt().Match(text, i);
        if (cast.Success) i += cast.Length;
        while (i < text.Length && text[i] is '-' or '!') i++;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '(' or '[') i = Matching(text, i, +1) + 1;
            else if (c == '<' && GenericArgumentsAt().Match(text, i) is { Success: true } g) i += g.Length;
            else if (IsNamePart(text, i)) i++;
            else break;
        }
        return text[first..Math.Min(i, text.Length)].Trim();
    }

    // A character of a name or member chain: x, x.y, x!.y, x?.y, torch.@bool.
    private static bool IsNamePart(string text, int i) =>
        char.IsLetterOrDigit(text[i]) || text[i] is '_' or '.' or '!' or '@' || text[i] == '?' && i + 1 < text.Length && text[i + 1] == '.';

    /// <summary>The index of the bracket that closes (direction +1) or opens (-1) the one at <paramref name="at"/>.</summary>
    private static int Matching(string text, int at, int direction)
    {
        var depth = 0;
        for (var i = at; i >= 0 && i < text.Length; i += direction)
        {
            if (text[i] is '(' or '[') depth += direction;
            else if (text[i] is ')' or ']') depth -= direction;
            if (depth == 0) return i;
        }
        return direction > 0 ? text.Length - 1 : 0;
    }

    /// <summary>The top-level arguments of the call whose '(' is at <paramref name="open"/>.</summary>
    private static List<string> Arguments(string text, int open)
    {
        var close = Matching(text, open, +1);
        var inside = text[(open + 1)..close];
        var arguments = new List<string>();
        var depth = 0;
        var from = 0;
        for (var i = 0; i < inside.Length; i++)
        {
            if (inside[i] is '(' or '[' or '{') depth++;
            else if (inside[i] is ')' or ']' or '}') depth--;
            else if (inside[i] == ',' && depth == 0) { arguments.Add(inside[from..i]); from = i + 1; }
        }
        if (inside.Trim().Length > 0) arguments.Add(inside[from..]);
        return arguments;
    }

    private static string LineAt(string text, int index)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        var end = text.IndexOf('\n', index);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static int LineNumber(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    [GeneratedRegex(@"\boptim\.(\w+)\s*\(")]
    private static partial Regex Optimizer();

    [GeneratedRegex(@"\blr_scheduler\b")]
    private static partial Regex Scheduler();

    [GeneratedRegex(@"\.(ToSingle|ToDouble|ToInt16|ToInt32|ToInt64|ToByte|ToSByte|ToBoolean|ToHalf|ToBFloat16)\(\)")]
    private static partial Regex ReadThroughScalar();

    [GeneratedRegex(@"\bScalar\s+\w+\s*=|\.ToScalar\(\)")]
    private static partial Regex ScalarNotHeld();

    [GeneratedRegex(@"\.(\w+)\s*\(")]
    private static partial Regex MethodCall();

    [GeneratedRegex(@"(?<![+\-*/%=<>!&|^])(?<op>[+\-*/%]|>=|<=)(?![+\-=>])|(?<=\s)(?<op>[<>])(?=\s)")]
    private static partial Regex BinaryOperator();

    [GeneratedRegex(@"\bTensor\??\s+(\w+)\s*(?=[=,;)])")]
    private static partial Regex TensorDeclaration();

    [GeneratedRegex(@"\bTensor\??\s+(\w+)\s*\(")]
    private static partial Regex TensorFunction();

    [GeneratedRegex(@"\b(?:double|float|int|long)\s+(\w+)\s*(?=[=,;)])")]
    private static partial Regex NumberDeclaration();

    [GeneratedRegex(@"\bvar\s+(\w+)\s*=\s*-?\d[\d_.]*(?:[eE][+-]?\d+)?[dDfFlLmM]?\s*;")]
    private static partial Regex NumberVariable();

    [GeneratedRegex(@"\b(?:var|Tensor)\s+(\w+)\s*=\s*([^;]+);")]
    private static partial Regex Assignment();

    [GeneratedRegex(@"^\(?\s*(?:\((?:double|float|int|long)\)\s*)?-?(?:\d|Math\.|double\.|float\.|int\.|long\.)")]
    private static partial Regex NumberStart();

    [GeneratedRegex(@"^(?:\((?:double|float|int|long)\)\s*)+")]
    private static partial Regex CastPrefix();

    [GeneratedRegex(@"(\w+)\s*(?:<[\w\s,.?]*>)?\s*\(")]
    private static partial Regex CallName();

    [GeneratedRegex(@"[A-Za-z_]\w*")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\G<[\w\s,.?]*>(?=\()")]
    private static partial Regex GenericArgumentsAt();

    [GeneratedRegex(@"\G(?:\((?:double|float|int|long)\)\s*)+")]
    private static partial Regex CastAt();
}
