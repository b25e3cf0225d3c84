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

    public ChannelReader<(string Event, string Data)> Subscribe()
    {
        var channel = Channel.CreateUnbounded<(string, string)>();
        lock (_clients) _clients.Add(channel);
        return channel.Reader;
    }

    public void Unsubscribe(ChannelReader<(string Event, string Data)> reader)
    {
        lock (_clients) _clients.RemoveAll(c => c.Reader == reader);
    }

    public void Publish(string eventName, string data = "")
    {
        lock (_clients)
        {
            foreach (var client in _clients) client.Writer.TryWrite((eventName, data));
        }
    }
}
