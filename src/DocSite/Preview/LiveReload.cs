using System.Text.Json;
using System.Threading.Channels;

namespace DocSite.Preview;

/// <summary>
/// Tells every open page when a rebuild finished (server-sent events), so the browser reloads by itself.
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
        "document.body.append(b);}b.textContent=JSON.parse(e.data);});})();</script>";

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
