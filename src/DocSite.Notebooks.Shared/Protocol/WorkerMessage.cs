using DocSite.Notebooks.Outputs;

namespace DocSite.Notebooks.Protocol;

/// <summary>A line the worker writes on its protocol stream (its original standard output).</summary>
/// <param name="Kind">One of <see cref="WorkerMessageKinds"/>.</param>
/// <param name="Cell">The cell this message is about (0 when none).</param>
/// <param name="Stream">For streamed text: <c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Text">For streamed text: the text.</param>
/// <param name="Outputs">For a completed cell: its outputs, in order.</param>
/// <param name="Failure">For a completed cell that failed: why.</param>
/// <param name="Milliseconds">How long the step took inside the worker.</param>
/// <param name="Updates">For a completed cell: the displays of earlier cells it updated, in order.</param>
internal sealed record WorkerMessage(
    string Kind,
    int Cell = 0,
    string? Stream = null,
    string? Text = null,
    IReadOnlyList<CellOutput>? Outputs = null,
    CellFailure? Failure = null,
    double? Milliseconds = null,
    IReadOnlyList<DisplayUpdate>? Updates = null);
