using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace DocSite.Tests.Support;

/// <summary>
/// Sends one GET with its request target exactly as written, over a plain socket: HttpClient would normalise
/// "../", "%2e" and backslashes away before the server saw them, so it cannot test path traversal.
/// </summary>
public static class RawHttp
{
    /// <returns>The status code and the whole response, headers included.</returns>
    public static async Task<(int Status, string Response)> GetAsync(int port, string target)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, timeout.Token);
        await using var stream = client.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), timeout.Token);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(timeout.Token);
        return (int.Parse(response.Split(' ', 3)[1], CultureInfo.InvariantCulture), response);
    }
}
