using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using PenguinMails.MailSandbox;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>
/// A small authoritative DNS server on 127.0.0.1 (UDP, an ephemeral port) that a test fills with exactly the records
/// it needs, or tells to misbehave: stay silent, fail, answer garbage or answer far too much. Names not in it are
/// NXDOMAIN; a known name without the type asked answers empty.
/// </summary>
public sealed class LoopbackDnsServer : IAsyncDisposable
{
    public const ushort TypeA = DnsWire.TypeA;
    public const ushort TypeMx = DnsWire.TypeMx;
    public const ushort TypeTxt = DnsWire.TypeTxt;

    private readonly UdpClient _socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly ConcurrentDictionary<(string Name, ushort Type), Answer> _zone = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackDnsServer()
    {
        _loop = Task.Run(ServeAsync);
    }

    public enum Behaviour
    {
        Answer,
        Silent,
        ServerFailure,
        Garbage,
        Huge,
    }

    /// <summary>"127.0.0.1:port", for Deliverability:NameServers.</summary>
    public string Endpoint => $"127.0.0.1:{((IPEndPoint)_socket.Client.LocalEndPoint!).Port}";

    public int Queries => _queries;

    private int _queries;

    /// <summary>TXT records at <paramref name="name"/>, one per value; values over 255 characters are split into strings as DNS requires.</summary>
    public void Txt(string name, params string[] values) =>
        Set(name, TypeTxt, new Answer(Behaviour.Answer, values.Select(DnsWire.Txt).ToList()));

    /// <summary>One TXT record made of exactly these strings (how a DNS panel may have split it).</summary>
    public void TxtStrings(string name, params string[] strings) => Set(name, TypeTxt, new Answer(Behaviour.Answer, [DnsWire.TxtStrings(strings)]));

    public void Mx(string name, params (int Preference, string Host)[] exchangers) =>
        Set(name, TypeMx, new Answer(Behaviour.Answer, exchangers.Select(e => DnsWire.Mx(e.Preference, e.Host)).ToList()));

    public void A(string name, params string[] addresses) =>
        Set(name, TypeA, new Answer(Behaviour.Answer, addresses.Select(DnsWire.A).ToList()));

    public void Misbehave(string name, ushort type, Behaviour behaviour) => Set(name, type, new Answer(behaviour, []));

    public void Remove(string name, ushort type) => _zone.TryRemove((name.ToLowerInvariant(), type), out _);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _socket.Dispose();
        try
        {
            await _loop;
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
        }

        _stop.Dispose();
    }

    private void Set(string name, ushort type, Answer answer) => _zone[(name.ToLowerInvariant(), type)] = answer;

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

            Interlocked.Increment(ref _queries);
            if (Respond(request.Buffer) is { } response)
            {
                await _socket.SendAsync(response, request.RemoteEndPoint, _stop.Token);
            }
        }
    }

    private byte[]? Respond(byte[] query)
    {
        if (DnsWire.ReadQuestion(query) is not { } question)
        {
            return null;
        }

        var known = _zone.Keys.Any(k => k.Name == question.Name);
        var answer = _zone.TryGetValue((question.Name, question.Type), out var found) ? found : new Answer(Behaviour.Answer, []);
        switch (answer.Behaviour)
        {
            case Behaviour.Silent:
                return null;
            case Behaviour.Garbage:
                // The query's id, so the client reads it, then a header claiming records that are not there.
                return [query[0], query[1], 0x84, 0x00, 0x00, 0x01, 0x00, 0x32, 0xFF, 0xFF, 0x00, 0x00, 0xDE, 0xAD, 0xBE, 0xEF];
            case Behaviour.ServerFailure:
                return DnsWire.Answer(query, question, DnsWire.ServerFailure, []);
            case Behaviour.Huge:
                var filler = DnsWire.Txt(new string('x', 250));
                return DnsWire.Answer(query, question, DnsWire.NoError, Enumerable.Repeat(filler, 200).ToList());
            default:
                return DnsWire.Answer(query, question, known ? DnsWire.NoError : DnsWire.NameError, answer.Rdata);
        }
    }

    private sealed record Answer(Behaviour Behaviour, IReadOnlyList<byte[]> Rdata);
}
