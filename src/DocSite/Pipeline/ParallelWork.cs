using System.Runtime.ExceptionServices;
using DocSite.Diagnostics;

namespace DocSite.Pipeline;

/// <summary>
/// Runs a step's work item by item in parallel; an item's build errors go into the step's diagnostics and the
/// other items still run, instead of the AggregateException <see cref="Parallel.For(int, int, Action{int})"/> throws.
/// </summary>
public static class ParallelWork
{
    public static void For(int count, int jobs, DiagnosticBag diagnostics, Action<int> body)
    {
        var unexpected = new List<Exception>();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            try
            {
                body(i);
            }
            catch (BuildFailedException e) when (e.Diagnostics.Count > 0)
            {
                foreach (var diagnostic in e.Diagnostics) diagnostics.Add(diagnostic);
            }
#pragma warning disable CA1031 // Kept and rethrown below, unwrapped, after the other items have run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                lock (unexpected) unexpected.Add(e);
            }
        });
        if (unexpected.Count > 0) ExceptionDispatchInfo.Capture(unexpected[0]).Throw();
    }
}
