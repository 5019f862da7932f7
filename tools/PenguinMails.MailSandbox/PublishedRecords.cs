using Npgsql;

namespace PenguinMails.MailSandbox;

/// <summary>
/// The sandbox's zone: every record PenguinMails asked a domain under <c>.test</c> to publish (domains.dns_records),
/// read from the database at each query, so a domain verifies the moment it is added. Any name under <c>.test</c>
/// has the address 127.0.0.1 (mail hosts included).
/// </summary>
public sealed class PublishedRecords(NpgsqlDataSource database)
{
    private const string SandboxSuffix = ".test";

    // The platform role reads across tenants; a record's full name is the domain itself for "@", else "name.domain".
    private const string Query = """
        SELECT r->>'record_type', r->>'value', COALESCE((r->>'priority')::int, 10)
        FROM domains d CROSS JOIN LATERAL jsonb_array_elements(d.dns_records->'records') r
        WHERE lower(d.domain) = ANY(@candidates)
          AND CASE WHEN r->>'name' = '@' THEN lower(d.domain) ELSE lower(r->>'name') || '.' || lower(d.domain) END = @name
        """;

    public static bool IsSandboxName(string name) => name.EndsWith(SandboxSuffix, StringComparison.Ordinal) && name.Length > SandboxSuffix.Length;

    /// <summary>The records of <paramref name="type"/> at <paramref name="name"/>; null when the name has none of any type (NXDOMAIN).</summary>
    public async Task<IReadOnlyList<byte[]>?> LookUpAsync(string name, ushort type, CancellationToken cancellationToken)
    {
        if (type == DnsWire.TypeA)
        {
            return [DnsWire.A("127.0.0.1")];
        }

        var published = await ReadAsync(name, cancellationToken);
        if (published.Count == 0)
        {
            return null;
        }

        return type switch
        {
            DnsWire.TypeTxt => published.Where(r => r.Kind != "MX").Select(r => DnsWire.Txt(r.Value)).ToList(),
            DnsWire.TypeMx => published.Where(r => r.Kind == "MX").Select(r => DnsWire.Mx(r.Priority, r.Value)).ToList(),
            _ => [],
        };
    }

    private async Task<List<(string Kind, string Value, int Priority)>> ReadAsync(string name, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(Query);
        command.Parameters.AddWithValue("candidates", Suffixes(name).ToArray());
        command.Parameters.AddWithValue("name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var records = new List<(string, string, int)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            records.Add((reader.GetString(0), reader.GetString(1), reader.GetInt32(2)));
        }

        return records;
    }

    /// <summary>The domains a record at <paramref name="name"/> could belong to: the name and each parent.</summary>
    private static IEnumerable<string> Suffixes(string name)
    {
        var at = 0;
        while (true)
        {
            yield return name[at..];
            var dot = name.IndexOf('.', at);
            if (dot < 0)
            {
                yield break;
            }

            at = dot + 1;
        }
    }
}
