using System.Text;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Protocol;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace DocSite.NotebookWorker;

/// <summary>
/// Builds a cell's outputs from its kernel events, in order: consecutive writes to one stream are merged,
/// an updated display replaces the one it updates (in this cell or, as <see cref="Updates"/>, in an earlier
/// one), return values and displayed values keep every MIME type.
/// </summary>
/// <param name="run">Which cell run this is (0 for the first cell the worker ran).</param>
/// <param name="displays">The notebook's displays so far.</param>
internal sealed class OutputCollector(int run, DisplayRegistry displays)
{
    // A runaway loop printing gigabytes must not become a gigabyte page (or protocol message, or cache entry).
    private const int MaxStreamCharacters = 1_000_000;
    private const string TruncationNote = "\n… (output truncated: more than 1,000,000 characters)\n";
    private bool _truncated;

    private readonly List<CellOutput> _outputs = [];
    private readonly List<DisplayUpdate> _updates = [];
    private readonly StringBuilder _stream = new();
    private string? _streamName;

    public IReadOnlyList<CellOutput> Outputs
    {
        get
        {
            FlushStream();
            return _outputs;
        }
    }

    /// <summary>The displays of earlier cells that this cell updated, in order.</summary>
    public IReadOnlyList<DisplayUpdate> Updates => _updates;

    public void Add(KernelEvent kernelEvent)
    {
        switch (kernelEvent)
        {
            case StandardOutputValueProduced output:
                AppendStream(StreamOutput.StandardOutput, output.FormattedValues);
                break;
            case StandardErrorValueProduced error:
                AppendStream(StreamOutput.StandardError, error.FormattedValues);
                break;
            case DisplayedValueUpdated updated:
                Display(updated, isResult: false);
                break;
            case ReturnValueProduced result:
                Display(result, isResult: true);
                break;
            case DisplayedValueProduced displayed:
                Display(displayed, isResult: false);
                break;
            case ErrorProduced error:
                AppendStream(StreamOutput.StandardError, [new FormattedValue("text/plain", error.Message + "\n")]);
                break;
        }
    }

    public void Add(ErrorOutput error)
    {
        FlushStream();
        _outputs.Add(error);
    }

    private void Display(DisplayEvent displayEvent, bool isResult)
    {
        if (displayEvent.FormattedValues.Count == 0)
        {
            return;
        }

        FlushStream();
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var value in displayEvent.FormattedValues)
        {
            data.TryAdd(value.MimeType, value.Value ?? "");
        }

        // publish(name, value) names the value with a MIME type of its own, which no page should see.
        var name = data.Remove(PublishMarker.MimeType, out var published) ? published : null;
        var output = new DisplayOutput(data, isResult, name);
        if (displayEvent.ValueId is { } id && displays.TryFind(id, out var position))
        {
            if (position.Run == run)
            {
                _outputs[position.Index] = output;
            }
            else
            {
                _updates.RemoveAll(u => u.Run == position.Run && u.Index == position.Index);
                _updates.Add(new DisplayUpdate(position.Run, position.Index, output));
            }

            return;
        }

        if (displayEvent.ValueId is { } newId)
        {
            displays.Add(newId, run, _outputs.Count);
        }

        _outputs.Add(output);
    }

    private void AppendStream(string name, IReadOnlyCollection<FormattedValue> values)
    {
        if (_streamName != name)
        {
            FlushStream();
            _streamName = name;
        }

        foreach (var value in values.Where(v => v.MimeType == "text/plain"))
        {
            if (_truncated)
            {
                return;
            }

            var room = MaxStreamCharacters - _stream.Length;
            if (value.Value.Length <= room)
            {
                _stream.Append(value.Value);
                continue;
            }

            _stream.Append(value.Value.AsSpan(0, Math.Max(room, 0))).Append(TruncationNote);
            _truncated = true;
        }
    }

    private void FlushStream()
    {
        if (_streamName is not null && _stream.Length > 0)
        {
            _outputs.Add(new StreamOutput(_streamName, _stream.ToString()));
        }

        _stream.Clear();
        _streamName = null;
    }
}
