using System.Text.Json;
using System.Threading.Channels;

namespace DocSite.Preview;

/// <summary>
/// Tells every open page when a rebuild finished (server-sent events), so the browser reloads by itself, and a
/// notebook's page which of its cells is running.
/// </summary>
public sealed class LiveReload
{
    public const string EventsPath = "/__docsite/events";

    /// <summary>Appended to every HTML page the preview serves (never to the built files).</summary>
    public const string Script =
        "<script>(()=>{const s=new EventSource('" + EventsPath + "');" +
        "s.addEventListener('reload',()=>location.reload());" +
        "s.addEventListener('failed',e=>{let b=document.getElementById('docsite-errors');" +
        "if(!b){b=document.createElement('pre');b.id='docsite-errors';" +
        "b.style.cssText='position:fixed;left:0;right:0;bottom:0;max-height:40vh;overflow:auto;margin:0;padding:1rem;background:#fef3f2;color:#b42318;border-top:2px solid #b42318;z-index:99';" +
        "document.body.append(b);}b.textContent=JSON.parse(e.data);document.getElementById('docsite-cell')?.remove();});" +
        "s.addEventListener('cell',e=>{const c=JSON.parse(e.data);if(decodeURIComponent(location.pathname)!==c.page)return;" +
        "let b=document.getElementById('docsite-cell');if(!b){b=document.createElement('div');b.id='docsite-cell';b.setAttribute('role','status');" +
        "b.style.cssText='position:fixed;right:1rem;bottom:1rem;max-width:60vw;padding:.5rem .75rem;background:#eff8ff;color:#175cd3;border:1px solid #175cd3;border-radius:4px;font:14px/1.4 monospace;z-index:99';" +
        "document.body.append(b);}b.textContent=c.text;});})();</script>";

    private readonly List<Channel<(string Event, string Data)>> _clients = [];
    private (string Event, string Data)? _failure;

    public ChannelReader<(string Event, string Data)> Subscribe()
    {
        var channel = Channel.CreateUnbounded<(string, string)>();
        lock (_clients)
        {
            _clients.Add(channel);
            // A page opened after a failed build shows the errors too, not only the last good site.
            if (_failure is { } failure) channel.Writer.TryWrite(failure);
        }
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<(string Event, string Data)> reader)
    {
        lock (_clients) _clients.RemoveAll(c => c.Reader == reader);
    }

    /// <summary>The site was rebuilt: open pages reload, and earlier errors are gone.</summary>
    public void PublishReload() => Publish(("reload", ""), failure: null);

    /// <summary>A cell of the notebook whose page is <paramref name="page"/> (its URL path) starts: that page shows <paramref name="text"/>.</summary>
    public void PublishCell(string page, string text)
    {
        var cell = ("cell", JsonSerializer.Serialize(new Dictionary<string, string> { ["page"] = page, ["text"] = text }));
        lock (_clients)
        {
            foreach (var client in _clients) client.Writer.TryWrite(cell);
        }
    }

    /// <summary>A rebuild failed: open pages, and pages opened from now until the next good build, show the errors.</summary>
    public void PublishFailure(string errors)
    {
        var failed = ("failed", JsonSerializer.Serialize(errors));
        Publish(failed, failure: failed);
    }

    private void Publish((string Event, string Data) message, (string Event, string Data)? failure)
    {
        lock (_clients)
        {
            _failure = failure;
            foreach (var client in _clients) client.Writer.TryWrite(message);
        }
    }
}
