using System.Net;
using System.Net.Sockets;

namespace PenguinMails.MailSandbox;

/// <summary>
/// Serves a UDP port: each datagram is answered by <c>respond</c> (null: no answer) on its own, so a slow answer holds
/// no other back, until disposed. The DNS servers of the sandbox and of the tests run on it.
/// </summary>
public sealed class UdpResponder : IAsyncDisposable
{
    private readonly UdpClient _socket;
    private readonly Func<byte[], CancellationToken, Task<byte[]?>> _respond;
    private readonly Action<Exception> _failed;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _received;

    /// <param name="failed">Told of an answer that threw; the port goes on serving.</param>
    public UdpResponder(IPEndPoint endpoint, Func<byte[], CancellationToken, Task<byte[]?>> respond, Action<Exception> failed)
    {
        _socket = new UdpClient(endpoint);
        _respond = respond;
        _failed = failed;
        _loop = Task.Run(ServeAsync);
    }

    public IPEndPoint Endpoint => (IPEndPoint)_socket.Client.LocalEndPoint!;

    /// <summary>Datagrams received so far.</summary>
    public int Received => Volatile.Read(ref _received);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        await _loop;
        _stop.Dispose();
    }

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            UdpReceiveResult request;
            try
            {
                request = await _socket.ReceiveAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                // A peer's ICMP "port unreachable" surfaces here on Linux: the next datagram is unaffected.
                continue;
            }

            Interlocked.Increment(ref _received);
            _ = AnswerAsync(request);
        }
    }

    private async Task AnswerAsync(UdpReceiveResult request)
    {
        try
        {
            if (await _respond(request.Buffer, _stop.Token) is { } response)
            {
                await _socket.SendAsync(response, request.RemoteEndPoint, _stop.Token);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException)
        {
            // Stopping.
        }
        catch (Exception exception)
        {
            _failed(exception);
        }
    }
}
