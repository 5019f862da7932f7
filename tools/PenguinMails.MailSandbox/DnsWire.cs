using System.Buffers.Binary;
using System.Net;
using System.Text;

namespace PenguinMails.MailSandbox;

/// <summary>
/// The little of DNS's wire format (RFC 1035) an authoritative answer needs: the question read back, answers whose
/// owner is the question's name, and the record data of TXT, MX and A.
/// </summary>
public static class DnsWire
{
    public const ushort TypeA = 1;
    public const ushort TypeMx = 15;
    public const ushort TypeTxt = 16;

    public const byte NoError = 0;
    public const byte ServerFailure = 2;
    public const byte NameError = 3;

    /// <summary>The question's name (lower case, no trailing dot), type and where it ends; null for a query that is not one.</summary>
    public static DnsQuestion? ReadQuestion(ReadOnlySpan<byte> query)
    {
        if (query.Length < 12 || BinaryPrimitives.ReadUInt16BigEndian(query[4..]) != 1)
        {
            return null;
        }

        var labels = new List<string>();
        var position = 12;
        while (position < query.Length && query[position] != 0)
        {
            var length = query[position];
            // Compression pointers (0xC0) have no place in a question; a label is at most 63 bytes.
            if (length > 63 || position + 1 + length > query.Length)
            {
                return null;
            }

            labels.Add(Encoding.ASCII.GetString(query.Slice(position + 1, length)));
            position += length + 1;
        }

        if (position + 5 > query.Length)
        {
            return null;
        }

        var type = BinaryPrimitives.ReadUInt16BigEndian(query[(position + 1)..]);
        return new DnsQuestion(string.Join('.', labels).ToLowerInvariant(), type, position + 5);
    }

    /// <summary>An authoritative answer to <paramref name="query"/>: its id and question, then one record per rdata.</summary>
    public static byte[] Answer(ReadOnlySpan<byte> query, DnsQuestion question, byte rcode, IReadOnlyList<byte[]> rdata, uint ttl = 300)
    {
        using var message = new MemoryStream();
        Span<byte> header = stackalloc byte[12];
        header[0] = query[0];
        header[1] = query[1];
        header[2] = (byte)(0x84 | (query[2] & 0x01)); // QR, AA; RD copied
        header[3] = (byte)(0x80 | rcode);              // RA
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], 1);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)rdata.Count);
        message.Write(header);
        message.Write(query[12..question.End]);
        Span<byte> fixedPart = stackalloc byte[12];
        foreach (var data in rdata)
        {
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart, 0xC00C); // a pointer to the question's name
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[2..], question.Type);
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[4..], 1);
            BinaryPrimitives.WriteUInt32BigEndian(fixedPart[6..], ttl);
            BinaryPrimitives.WriteUInt16BigEndian(fixedPart[10..], (ushort)data.Length);
            message.Write(fixedPart);
            message.Write(data);
        }

        return message.ToArray();
    }

    /// <summary>One TXT record of <paramref name="value"/>, split into strings of at most 255 bytes as DNS requires.</summary>
    public static byte[] Txt(string value) => TxtStrings(value.Chunk(255).Select(c => new string(c)).DefaultIfEmpty(string.Empty));

    /// <summary>One TXT record made of exactly these strings.</summary>
    public static byte[] TxtStrings(IEnumerable<string> strings)
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

    public static byte[] Mx(int preference, string host)
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

    public static byte[] A(string address) => IPAddress.Parse(address).GetAddressBytes();
}

/// <summary>A query's question: <see cref="End"/> is the offset just past it.</summary>
public sealed record DnsQuestion(string Name, ushort Type, int End);
