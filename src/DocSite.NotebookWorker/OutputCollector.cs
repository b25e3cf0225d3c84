using System.Text;
using DocSite.Notebooks.Outputs;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace DocSite.NotebookWorker;

/// <summary>
/// Builds a cell's outputs from its kernel events, in order: consecutive writes to one stream are merged,
/// an updated display replaces the one it updates, return values and displayed values keep every MIME type.
/// </summary>
internal sealed class OutputCollector
{
    // A runaway loop printing gigabytes must not become a gigabyte page (or protocol message, or cache entry).
    private const int MaxStreamCharacters = 1_000_000;
    private const string TruncationNote = "\n… (output truncated: more than 1,000,000 characters)\n";
    private bool _truncated;

    private readonly List<CellOutput> _outputs = [];
    private readonly Dictionary<string, int> _displayPositions = new(StringComparer.Ordinal);
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

        var output = new DisplayOutput(data, isResult);
        if (displayEvent.ValueId is { } id && _displayPositions.TryGetValue(id, out var position))
        {
            _outputs[position] = output;
            return;
        }

        if (displayEvent.ValueId is { } newId)
        {
            _displayPositions[newId] = _outputs.Count;
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
