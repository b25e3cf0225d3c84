using System.Globalization;
using System.Text.Json.Nodes;
using DocSite.Notebooks.Execution;
using DocSite.Notebooks.Outputs;
using DocSite.Notebooks.Protocol;
using DocSite.Notebooks.Reading;

namespace DocSite.Notebooks.Ipynb;

/// <summary>
/// The engine's one model of a notebook run: the notebook as .ipynb (nbformat 4; a .dib converted), every field
/// of the source kept, whose code cells get their outputs and execution counts as they run, in place, and the
/// injected parameters cell after the parameters cell. A later cell's display update replaces the output it
/// addresses. It is the cache entry's content, with each cell's run time in its <c>metadata.execution</c> (as
/// Jupyter records it); the page's download is the same without those times, so that it depends only on what
/// ran, not on when: a build from the cache, on any machine, publishes the same bytes as the build that ran it.
/// </summary>
internal sealed class ExecutedIpynb
{
    private const string PlotlyMimeType = "application/vnd.plotly.v1+json";
    private const string TimingKey = "execution";

    private readonly NotebookDocument _document;
    private readonly JsonObject _root;
    private readonly JsonArray _cells;
    private readonly JsonObject[] _sourceCells;
    private readonly List<(JsonObject Cell, JsonObject? Timing)> _ran = [];

    private ExecutedIpynb(NotebookDocument document)
    {
        _document = document;
        _root = document.Json.DeepClone().AsObject();
        _cells = _root["cells"]!.AsArray();
        _sourceCells = _cells.Select(c => c!.AsObject()).ToArray();
        foreach (var cell in document.CodeCells)
        {
            // Outputs of an earlier run in an editor are not this run's.
            var json = _sourceCells[cell.Number - 1];
            json["outputs"] = new JsonArray();
            json["execution_count"] = null;
        }
    }

    /// <summary>The notebook before anything ran: no outputs, no execution counts.</summary>
    public static ExecutedIpynb Start(NotebookDocument document) => new(document);

    /// <summary>
    /// The notebook as it is now (prose edited since the cached run shows) with the outputs of a cached run: the
    /// cells that ran there, in the order they ran, are the cells of <paramref name="plan"/>.
    /// </summary>
    /// <exception cref="InvalidDataException">The cached notebook is not a run of this plan.</exception>
    public static ExecutedIpynb Restore(NotebookDocument document, ExecutionPlan plan, JsonObject cached)
    {
        try
        {
            var ran = (cached["cells"] as JsonArray ?? throw new InvalidDataException("no \"cells\" list"))
                .OfType<JsonObject>()
                .Where(c => c["execution_count"] is JsonValue)
                .OrderBy(c => c["execution_count"]!.GetValue<int>())
                .ToArray();
            if (!ran.Select(c => c["execution_count"]!.GetValue<int>()).SequenceEqual(Enumerable.Range(1, plan.Cells.Count)))
            {
                throw new InvalidDataException($"it holds {ran.Length} cells that ran, expected {plan.Cells.Count}");
            }

            var notebook = new ExecutedIpynb(document);
            for (var i = 0; i < ran.Length; i++)
            {
                IpynbOutputs.Read(ran[i]["outputs"]);
                notebook.Place(plan.Cells[i], plan.IsInjected(plan.Cells[i]), ran[i]["outputs"]!.DeepClone().AsArray(),
                    ran[i]["metadata"]?[TimingKey]?.DeepClone().AsObject());
            }

            return notebook;
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"it is not an executed notebook: {e.Message}", e);
        }
    }

    /// <summary>Records a cell of the plan that ran (the next in run order) and what it produced.</summary>
    public void Ran(NotebookCell cell, bool injected, IReadOnlyList<CellOutput> outputs, DateTimeOffset started, DateTimeOffset finished)
    {
        var timing = new JsonObject
        {
            ["iopub.execute_input"] = Timestamp(started),
            ["shell.execute_reply"] = Timestamp(finished),
        };
        Place(cell, injected, IpynbOutputs.Write(outputs, _ran.Count + 1), timing);
    }

    /// <summary>A cell replaced what an earlier one displayed, as a notebook editor shows it.</summary>
    public void Update(DisplayUpdate update)
    {
        if (update.Run >= 0 && update.Run < _ran.Count && _ran[update.Run].Cell["outputs"] is JsonArray outputs
            && update.Index >= 0 && update.Index < outputs.Count)
        {
            outputs[update.Index] = IpynbOutputs.Write(update.Output, update.Run + 1);
        }
    }

    /// <summary>The .ipynb: with run times for the cache and for <c>run</c>, without them for the page's download.</summary>
    public byte[] ToBytes(bool withTimings)
    {
        if (!withTimings)
        {
            return IpynbJson.ToBytes(_root);
        }

        var copy = _root.DeepClone().AsObject();
        var cells = copy["cells"]!.AsArray();
        foreach (var (cell, timing) in _ran.Where(r => r.Timing is not null))
        {
            var json = cells[_cells.IndexOf(cell)]!.AsObject();
            var metadata = json["metadata"] as JsonObject ?? (JsonObject)(json["metadata"] = new JsonObject());
            metadata[TimingKey] = timing!.DeepClone();
        }

        return IpynbJson.ToBytes(copy);
    }

    /// <summary>The notebook as the site renders it: its own cells (not the injected one) with their outputs.</summary>
    public ExecutedNotebook ToExecutedNotebook()
    {
        var cells = _document.Cells.Select(c => c.Kind != CellKind.Code ? c : c with
        {
            Outputs = IpynbOutputs.Read(_sourceCells[c.Number - 1]["outputs"]),
            ExecutionCount = _sourceCells[c.Number - 1]["execution_count"]?.GetValue<int>(),
        }).ToArray();
        var charts = cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>()
            .Select(o => o.Data.GetValueOrDefault(PlotlyMimeType)).OfType<string>().ToArray();
        return new ExecutedNotebook(_document.Title, cells, charts.Length > 0, charts.Any(PlotlyMaps.IsGeoChart), ToBytes(withTimings: false))
        {
            Results = PublishedResult.From(cells),
        };
    }

    private void Place(NotebookCell cell, bool injected, JsonArray outputs, JsonObject? timing)
    {
        var parameters = _sourceCells[cell.Number - 1];
        var json = parameters;
        if (injected)
        {
            json = IpynbCells.Injected(cell.Source, withId: parameters["id"] is not null);
            _cells.Insert(_cells.IndexOf(parameters) + 1, json);
        }

        json["outputs"] = outputs;
        json["execution_count"] = _ran.Count + 1;
        if (CellTags.PublishedName(cell) is { } name && TaggedOutput(outputs) is { } tagged)
        {
            IpynbOutputs.SetPublishedName(tagged, name);
        }

        _ran.Add((json, timing));
    }

    // A publish:name tag names the cell's result, else its last displayed value.
    private static JsonObject? TaggedOutput(JsonArray outputs)
    {
        var displays = outputs.OfType<JsonObject>()
            .Where(o => o["output_type"]?.GetValue<string>() is "execute_result" or "display_data").ToList();
        return displays.LastOrDefault(o => o["output_type"]!.GetValue<string>() == "execute_result") ?? displays.LastOrDefault();
    }

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}
