namespace DocSite.Diagnostics;

/// <summary>
/// The lines any failure is told to the user in, by the command line and by the preview's overlay alike:
/// a build failure as its diagnostics, a file-system error as an error line, anything else as one line that
/// says it is a bug, with the stack trace only when asked for.
/// </summary>
public static class FailureReport
{
    public const string VerboseOption = "--verbose";
    public const string InternalError = "error: internal error (this is a bug in DocSite, please report it): ";

    public static IReadOnlyList<string> Describe(Exception exception, bool verbose) => exception switch
    {
        BuildFailedException failed => [.. failed.Diagnostics.Select(d => d.ToString())],
        // Steps that run in parallel wrap what they threw; each error inside is reported as itself, once.
        AggregateException aggregate => [.. aggregate.Flatten().InnerExceptions.SelectMany(e => Describe(e, verbose)).Distinct()],
        System.Reflection.TargetInvocationException { InnerException: { } inner } => Describe(inner, verbose),
        IOException or UnauthorizedAccessException => [$"error {DiagnosticCodes.FileSystem}: {exception.Message}"],
        _ => [Internal(exception, verbose)],
    };

    private static string Internal(Exception exception, bool verbose)
    {
        var line = $"{InternalError}{exception.GetType().FullName}: {exception.Message.Split('\n')[0].Trim()}";
        return verbose ? $"{line}\n{exception}" : $"{line} (run with {VerboseOption} for the stack trace)";
    }
}
