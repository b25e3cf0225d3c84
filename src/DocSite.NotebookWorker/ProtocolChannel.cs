using System.Text;
using System.Text.Json;
using DocSite.Notebooks.Protocol;

namespace DocSite.NotebookWorker;

/// <summary>Writes protocol messages as JSON lines; safe to call from the kernel's threads.</summary>
internal sealed class ProtocolChannel(Stream output)
{
    private readonly StreamWriter _writer = new(output, new UTF8Encoding(false)) { NewLine = "\n" };
    private readonly Lock _gate = new();

    public void Send(WorkerMessage message)
    {
        var line = JsonSerializer.Serialize(message, ProtocolJson.Options);
        lock (_gate)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }
}
