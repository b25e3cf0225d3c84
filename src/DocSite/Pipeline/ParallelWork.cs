using System.Runtime.ExceptionServices;
using DocSite.Diagnostics;

namespace DocSite.Pipeline;

/// <summary>
/// Runs a step's work item by item in parallel and reports every item's diagnostics together, instead of the
/// AggregateException that <see cref="Parallel.For(int, int, Action{int})"/> would throw at the first failure.
/// </summary>
public static class ParallelWork
{
    /// <exception cref="BuildFailedException">Some items reported diagnostics (all of them, sorted).</exception>
    public static void For(int count, int jobs, Action<int> body)
    {
        var errors = new DiagnosticBag();
        var unexpected = new List<Exception>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            try
            {
                body(i);
            }
            catch (BuildFailedException e) when (e.Diagnostics.Count > 0)
            {
                foreach (var diagnostic in e.Diagnostics) errors.Add(diagnostic);
            }
#pragma warning disable CA1031 // Kept and rethrown below, unwrapped, after the other items have run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (unexpected) unexpected.Add(e);
            }
        });
        if (unexpected.Count > 0) ExceptionDispatchInfo.Capture(unexpected[0]).Throw();
        errors.ThrowIfAny();
    }
}
