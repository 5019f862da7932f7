using System.Collections.Concurrent;
using System.Net;
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

    private readonly ConcurrentDictionary<(string Name, ushort Type), Answer> _zone = new();
    private readonly UdpResponder _port;

    public LoopbackDnsServer()
    {
        // Answers are built in memory from the zone; nothing there fails but the test's own misbehaviours.
        _port = new UdpResponder(new IPEndPoint(IPAddress.Loopback, 0), (query, _) => Task.FromResult(Respond(query)), _ => { });
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
    public string Endpoint => _port.Endpoint.ToString();

    public int Queries => _port.Received;

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

    public ValueTask DisposeAsync() => _port.DisposeAsync();

    private void Set(string name, ushort type, Answer answer) => _zone[(name.ToLowerInvariant(), type)] = answer;

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
