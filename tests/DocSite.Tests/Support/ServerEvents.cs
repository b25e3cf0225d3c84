namespace DocSite.Tests.Support;

/// <summary>Reads the preview's server-sent events (the live-reload channel) one at a time.</summary>
public sealed class ServerEvents(StreamReader stream)
{
    /// <summary>The next event's name and data, skipping comments and blank lines.</summary>
    public async Task<(string Name, string Data)> NextAsync(TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        string? name = null;
        try
        {
            while (await stream.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) return (name, line["data: ".Length..]);
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no event within {within.TotalSeconds} s");
        }
        throw new EndOfStreamException("the event stream ended");
    }

    /// <summary>Every event up to and including the end of the next rebuild: "reload", or "failed".</summary>
    public async Task<IReadOnlyList<(string Name, string Data)>> UntilRebuiltAsync(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        var events = new List<(string Name, string Data)>();
        while (true)
        {
            var next = await NextAsync(deadline - DateTime.UtcNow);
            events.Add(next);
            if (next.Name is "reload" or "failed") return events;
        }
    }
}
