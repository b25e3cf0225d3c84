namespace DocSite.Diagnostics;

/// <summary>
/// How a failure that is not a <see cref="BuildFailedException"/> is told to the user: a problem of their machine
/// (a file system error) as an error line; anything else as one line saying it is a bug, the stack trace only when asked.
/// </summary>
public static class UnexpectedFailure
{
    public const string VerboseOption = "--verbose";

    public static IReadOnlyList<string> Describe(Exception exception, bool verbose)
    {
        var e = Unwrap(exception);
        if (e is IOException or UnauthorizedAccessException)
            return [$"error {DiagnosticCodes.FileSystem}: {e.Message}"];
        var line = $"error: internal error (a bug in DocSite, please report it): {e.GetType().Name}: {FirstLine(e.Message)}";
        return verbose ? [line, e.ToString()] : [line + $" (run with {VerboseOption} for the stack trace)"];
    }

    private static Exception Unwrap(Exception e) => e switch
    {
        AggregateException { InnerExceptions.Count: 1 } aggregate => Unwrap(aggregate.InnerExceptions[0]),
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Unwrap(inner),
        _ => e,
    };

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
