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

    private readonly PublishedRecords _records;
    private readonly IPEndPoint? _upstream;
    private readonly UdpResponder _port;

    public SandboxDnsServer(IPEndPoint endpoint, PublishedRecords records, IPEndPoint? upstream, TextWriter log)
    {
        _records = records;
        _upstream = upstream;
        // One query failing (the database down, say) leaves the server serving the next.
        _port = new UdpResponder(endpoint, AnswerAsync, exception => log.WriteLine($"dns: a query failed: {exception.Message}"));
    }

    public IPEndPoint Endpoint => _port.Endpoint;

    public ValueTask DisposeAsync() => _port.DisposeAsync();

    private async Task<byte[]?> AnswerAsync(byte[] query, CancellationToken cancellationToken)
    {
        if (DnsWire.ReadQuestion(query) is not { } question)
        {
            return null;
        }

        if (!PublishedRecords.IsSandboxName(question.Name))
        {
            return await RelayAsync(query, question, cancellationToken);
        }

        var rdata = await _records.LookUpAsync(question.Name, question.Type, cancellationToken);
        return DnsWire.Answer(query, question, rdata is null ? DnsWire.NameError : DnsWire.NoError, rdata ?? []);
    }

    private async Task<byte[]> RelayAsync(byte[] query, DnsQuestion question, CancellationToken cancellationToken)
    {
        if (_upstream is null)
        {
            return DnsWire.Answer(query, question, DnsWire.ServerFailure, []);
        }

        using var relay = new UdpClient(_upstream.AddressFamily);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
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
        catch (Exception exception) when (exception is OperationCanceledException or SocketException && !cancellationToken.IsCancellationRequested)
        {
            return DnsWire.Answer(query, question, DnsWire.ServerFailure, []);
        }
    }
}
