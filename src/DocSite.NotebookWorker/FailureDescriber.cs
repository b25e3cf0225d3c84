using System.Reflection;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Protocol;

namespace DocSite.NotebookWorker;

/// <summary>Turns a failed submission into a short, useful description: compile errors with their line, exceptions with their top frames.</summary>
internal static class FailureDescriber
{
    private const int MaxFrames = 6;

    private static readonly string[] InfrastructureFrames =
    [
        "Microsoft.CodeAnalysis.",
        "Microsoft.DotNet.Interactive.",
        "System.Runtime.CompilerServices.",
        "System.Runtime.ExceptionServices.",
        "System.Threading.Tasks.",
        "System.Threading.ExecutionContext",
        "System.RuntimeMethodHandle",
        "System.Reflection.MethodBaseInvoker",
        "--- End of",
    ];

    public static CellFailure Describe(CommandFailed failed, IReadOnlyList<Diagnostic> compileErrors)
    {
        if (compileErrors.Count > 0)
        {
            var first = compileErrors[0];
            return new CellFailure(
                ErrorOutput.CompilationError,
                $"{first.Code}: {first.Message}",
                [],
                first.LinePositionSpan.Start.Line + 1);
        }

        if (failed.Exception is { } exception)
        {
            var inner = Unwrap(exception);
            return new CellFailure(inner.GetType().FullName ?? inner.GetType().Name, inner.Message, Frames(inner), null);
        }

        return new CellFailure("Error", FirstLine(failed.Message), [], null);
    }

    public static ErrorOutput ToOutput(CellFailure failure, IReadOnlyList<Diagnostic> compileErrors) =>
        compileErrors.Count == 0
            ? new ErrorOutput(failure.Name, failure.Message, failure.Frames)
            : new ErrorOutput(
                ErrorOutput.CompilationError,
                string.Join('\n', compileErrors.Select(d =>
                    $"({d.LinePositionSpan.Start.Line + 1},{d.LinePositionSpan.Start.Character + 1}): error {d.Code}: {d.Message}")),
                []);

    private static Exception Unwrap(Exception exception)
    {
        while (true)
        {
            switch (exception)
            {
                case TargetInvocationException { InnerException: { } inner }:
                    exception = inner;
                    break;
                case AggregateException { InnerExceptions.Count: 1 } aggregate:
                    exception = aggregate.InnerExceptions[0];
                    break;
                default:
                    return exception;
            }
        }
    }

    private static string[] Frames(Exception exception) =>
        (exception.StackTrace ?? "")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !InfrastructureFrames.Any(prefix => line.Contains(prefix, StringComparison.Ordinal)))
            .Take(MaxFrames)
            .ToArray();

    private static string FirstLine(string? text)
    {
        var trimmed = (text ?? "").Trim();
        var end = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return end < 0 ? trimmed : trimmed[..end].TrimEnd();
    }
}
