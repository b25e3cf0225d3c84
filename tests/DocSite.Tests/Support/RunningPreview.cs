using System.Net.Sockets;
using DocSite.Preview;

namespace DocSite.Tests.Support;

/// <summary>A preview server running in this process on a free port, answering requests; disposing stops it.</summary>
public sealed class RunningPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _server;
    private bool _stopped;

    private RunningPreview(CancellationTokenSource stop, Task<int> server, int port)
    {
        _stop = stop;
        _server = server;
        Port = port;
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts the server and returns once it accepts connections (after its first build).</summary>
    public static async Task<RunningPreview> StartAsync(PreviewServer server)
    {
        var port = LoopbackPort.Free();
        var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var running = new RunningPreview(stop, server.RunAsync(port, stop.Token), port);
        try
        {
            await running.WaitUntilListeningAsync();
            return running;
        }
        catch
        {
            await running.DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops the server and waits until it has stopped; a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped) return;
        _stopped = true;
        await _stop.CancelAsync();
        try
        {
            await _server;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            // A server that stopped by itself (its first build threw) says why here.
            if (_server.IsCompleted) throw new InvalidOperationException($"the preview stopped before it listened (exit code {await _server})");
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, Port, timeout.Token);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50, timeout.Token);
            }
        }
    }
}
