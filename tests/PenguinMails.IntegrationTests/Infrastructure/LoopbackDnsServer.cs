using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PenguinMails.IntegrationTests.Infrastructure;

/// <summary>
/// A small authoritative DNS server on 127.0.0.1 (UDP, an ephemeral port) that a test fills with exactly the records
/// it needs, or tells to misbehave: stay silent, fail, answer garbage or answer far too much. Names not in it are
/// NXDOMAIN; a known name without the type asked answers empty.
/// </summary>
public sealed class LoopbackDnsServer : IAsyncDisposable
{
    public const ushort TypeA = 1;
    public const ushort TypeMx = 15;
    public const ushort TypeTxt = 16;

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
        Set(name, TypeTxt, new Answer(Behaviour.Answer, values.Select(v => TxtRdata(Chunk(v))).ToList()));

    /// <summary>One TXT record made of exactly these strings (how a DNS panel may have split it).</summary>
    public void TxtStrings(string name, params string[] strings) => Set(name, TypeTxt, new Answer(Behaviour.Answer, [TxtRdata(strings)]));

    public void Mx(string name, params (int Preference, string Host)[] exchangers) =>
        Set(name, TypeMx, new Answer(Behaviour.Answer, exchangers.Select(e => MxRdata(e.Preference, e.Host)).ToList()));

    public void A(string name, params string[] addresses) =>
        Set(name, TypeA, new Answer(Behaviour.Answer, addresses.Select(a => IPAddress.Parse(a).GetAddressBytes()).ToList()));

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
        var (name, type, questionEnd) = ReadQuestion(query);
        var known = _zone.Keys.Any(k => k.Name == name);
        var answer = _zone.TryGetValue((name, type), out var found) ? found : new Answer(Behaviour.Answer, []);
        switch (answer.Behaviour)
        {
            case Behaviour.Silent:
                return null;
            case Behaviour.Garbage:
                // The query's id, so the client reads it, then a header claiming records that are not there.
                return [query[0], query[1], 0x84, 0x00, 0x00, 0x01, 0x00, 0x32, 0xFF, 0xFF, 0x00, 0x00, 0xDE, 0xAD, 0xBE, 0xEF];
            case Behaviour.ServerFailure:
                return Message(query, questionEnd, rcode: 2, type, []);
            case Behaviour.Huge:
                var filler = new string('x', 250);
                return Message(query, questionEnd, rcode: 0, TypeTxt, Enumerable.Range(0, 200).Select(_ => TxtRdata([filler])).ToList());
            default:
                return Message(query, questionEnd, rcode: known ? (byte)0 : (byte)3, type, answer.Rdata);
        }
    }

    private static byte[] Message(byte[] query, int questionEnd, byte rcode, ushort type, IReadOnlyList<byte[]> rdata)
    {
        using var message = new MemoryStream();
        Span<byte> header = stackalloc byte[12];
        header[0] = query[0];
        header[1] = query[1];
        header[2] = (byte)(0x84 | (query[2] & 0x01)); // QR, AA, RD copied
        header[3] = (byte)(0x80 | rcode);              // RA
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)rdata.Count);
        message.Write(header);
        message.Write(query.AsSpan(12, questionEnd - 12));
        Span<byte> fixedPart = stackalloc byte[12];
        foreach (var data in rdata)
        {
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart, 0xC00C); // the question's name
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[2..], type);
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[4..], 1);
            BinaryPrimitives.WriteUInt32BigEndian(fixedPart[6..], 300);
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[10..], (ushort)data.Length);
            message.Write(fixedPart);
            message.Write(data);
        }

        return message.ToArray();
    }

    private static (string Name, ushort Type, int End) ReadQuestion(byte[] query)
    {
        var labels = new List<string>();
        var position = 12;
        while (query[position] != 0)
        {
            var length = query[position];
            labels.Add(Encoding.ASCII.GetString(query, position + 1, length));
            position += length + 1;
        }

        position++;
        var type = BinaryPrimitives.ReadUInt16BigEndian(query.AsSpan(position));
        return (string.Join('.', labels).ToLowerInvariant(), type, position + 4);
    }

    private static string[] Chunk(string value) => value.Chunk(255).Select(c => new string(c)).DefaultIfEmpty(string.Empty).ToArray();

    private static byte[] TxtRdata(IEnumerable<string> strings)
    {
        var bytes = new List<byte>();
        foreach (var s in strings)
        {
            var encoded = Encoding.ASCII.GetBytes(s);
            bytes.Add((byte)encoded.Length);
            bytes.AddRange(encoded);
        }

        return bytes.ToArray();
    }

    private static byte[] MxRdata(int preference, string host)
    {
        var bytes = new List<byte> { (byte)(preference >> 8), (byte)preference };
        foreach (var label in host.TrimEnd('.').Split('.'))
        {
            bytes.Add((byte)label.Length);
            bytes.AddRange(Encoding.ASCII.GetBytes(label));
        }

        bytes.Add(0);
        return bytes.ToArray();
    }

    private sealed record Answer(Behaviour Behaviour, IReadOnlyList<byte[]> Rdata);
}
