using DocSite.Diagnostics;

namespace DocSite.Preview;

/// <summary>The lines a failed rebuild shows in the log and on the open pages, whatever the build threw.</summary>
internal static class RebuildFailure
{
    public const string InternalError = "error: internal error (this is a bug in DocSite): ";

    /// <param name="verbose">An unexpected exception also shows its stack trace.</param>
    public static IReadOnlyList<string> Describe(Exception exception, bool verbose) => exception switch
    {
        BuildFailedException { Diagnostics.Count: > 0 } failed => [.. failed.Diagnostics.Select(d => d.ToString())],
        BuildFailedException failed => [$"error: {failed.Message}"],
        // Steps that run in parallel wrap what they threw; each error inside is reported as itself, once.
        AggregateException aggregate => [.. aggregate.Flatten().InnerExceptions.SelectMany(e => Describe(e, verbose)).Distinct()],
        _ => [InternalError + (verbose ? exception.ToString() : $"{exception.GetType().FullName}: {exception.Message}")],
    };
}
