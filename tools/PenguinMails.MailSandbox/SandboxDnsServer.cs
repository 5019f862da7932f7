using System.Net;
using System.Net.Sockets;

namespace PenguinMails.MailSandbox;

/// <summary>
/// A DNS server on a loopback UDP port: names under <c>.test</c> are answered from <see cref="PublishedRecords"/>
/// (what PenguinMails asked each domain to publish), every other query is relayed to the machine's own name server,
/// so a real domain verifies as it would without the sandbox.
/// </summary>
public sealed class SandboxDnsServer : IAsyncDisposable
{
    private static readonly TimeSpan UpstreamTimeout = TimeSpan.FromSeconds(3);

    private readonly UdpClient _socket;
    private readonly PublishedRecords _records;
    private readonly IPEndPoint? _upstream;
    private readonly TextWriter _log;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public SandboxDnsServer(IPEndPoint endpoint, PublishedRecords records, IPEndPoint? upstream, TextWriter log)
    {
        _socket = new UdpClient(endpoint);
        _records = records;
        _upstream = upstream;
        _log = log;
        _loop = Task.Run(ServeAsync);
    }

    public IPEndPoint Endpoint => (IPEndPoint)_socket.Client.LocalEndPoint!;

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
                continue;
            }

            // Each query on its own: a slow relay must not hold the next query back.
            _ = RespondAsync(request);
        }
    }

    private async Task RespondAsync(UdpReceiveResult request)
    {
        try
        {
            if (await AnswerAsync(request.Buffer) is { } response)
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
            // One query failing (the database down, say) leaves the server serving the next.
            await _log.WriteLineAsync($"dns: a query failed: {exception.Message}");
        }
    }

    private async Task<byte[]?> AnswerAsync(byte[] query)
    {
        if (DnsWire.ReadQuestion(query) is not { } question)
        {
            return null;
        }

        if (!PublishedRecords.IsSandboxName(question.Name))
        {
            return await RelayAsync(query, question);
        }

        var rdata = await _records.LookUpAsync(question.Name, question.Type, _stop.Token);
        return DnsWire.Answer(query, question, rdata is null ? DnsWire.NameError : DnsWire.NoError, rdata ?? []);
    }

    private async Task<byte[]> RelayAsync(byte[] query, DnsQuestion question)
    {
        if (_upstream is null)
        {
            return DnsWire.Answer(query, question, DnsWire.ServerFailure, []);
        }

        using var relay = new UdpClient(_upstream.AddressFamily);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        timeout.CancelAfter(UpstreamTimeout);
        try
        {
            await relay.SendAsync(query, _upstream, timeout.Token);
            while (true)
            {
                var reply = await relay.ReceiveAsync(timeout.Token);
                // Only the upstream's answer to this very query goes back.
                if (reply.RemoteEndPoint.Equals(_upstream) && reply.Buffer.Length >= 2 && reply.Buffer[0] == query[0] && reply.Buffer[1] == query[1])
                {
                    return reply.Buffer;
                }
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException && !_stop.IsCancellationRequested)
        {
            return DnsWire.Answer(query, question, DnsWire.ServerFailure, []);
        }
    }
}
