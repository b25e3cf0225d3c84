namespace DocSite.Notebooks.Protocol;

/// <summary>A line the engine sends to the worker on its standard input.</summary>
/// <param name="Kind">One of <see cref="WorkerRequestKinds"/>.</param>
/// <param name="Cell">The cell's 1-based number in the notebook, echoed back in the answer.</param>
/// <param name="Code">The code to submit, for <see cref="WorkerRequestKinds.Execute"/>; the folder, for <see cref="WorkerRequestKinds.Enter"/>.</param>
internal sealed record WorkerRequest(string Kind, int Cell = 0, string? Code = null);
