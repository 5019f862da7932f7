namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>The <c>tag=value; tag=value</c> syntax DKIM (RFC 6376 3.2) and DMARC (RFC 7489 6.4) records share.</summary>
internal static class TagList
{
    /// <summary>Tags by lower-case name (the first of a repeated tag wins); null when the text is not a tag list.</summary>
    public static IReadOnlyDictionary<string, string>? Parse(string text)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(';'))
        {
            if (part.Trim().Length == 0)
            {
                continue;
            }

            var equals = part.IndexOf('=');
            if (equals <= 0)
            {
                return null;
            }

            tags.TryAdd(part[..equals].Trim().ToLowerInvariant(), part[(equals + 1)..].Trim());
        }

        return tags;
    }
}

/// <summary>DKIM key records: the one at the selector must carry the key the platform generated.</summary>
internal static class DkimRecord
{
    public static string ValueFor(string publicKey) => $"v=DKIM1; k=rsa; p={publicKey}";

    public static RecordVerdict Check(IReadOnlyList<string> texts, string fullName, string expectedPublicKey)
    {
        var keys = texts.Select(TagList.Parse).Where(tags => tags is not null && (tags.ContainsKey("p") || tags.ContainsKey("v"))).ToList();
        if (keys.Count == 0)
        {
            return RecordVerdict.Fail($"DKIM record missing: publish a TXT record at {fullName} with the value shown.");
        }

        if (keys.Count > 1)
        {
            return RecordVerdict.Fail($"{keys.Count} DKIM records found at {fullName}; publish only the one shown.");
        }

        var tags = keys[0]!;
        if (tags.TryGetValue("v", out var version) && version != "DKIM1")
        {
            return RecordVerdict.Fail("DKIM record's version must be v=DKIM1.");
        }

        if (tags.TryGetValue("k", out var keyType) && !keyType.Equals("rsa", StringComparison.OrdinalIgnoreCase))
        {
            return RecordVerdict.Fail($"DKIM record's key type is k={keyType}; the platform's key is k=rsa.");
        }

        var published = new string((tags.GetValueOrDefault("p") ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '"').ToArray());
        if (published.Length == 0)
        {
            return RecordVerdict.Fail("DKIM record has no key (p= is empty, which revokes it); publish the value shown.");
        }

        return published == expectedPublicKey
            ? RecordVerdict.Verified
            : RecordVerdict.Fail(published.Length < expectedPublicKey.Length && expectedPublicKey.StartsWith(published, StringComparison.Ordinal)
                ? "DKIM key differs from the one generated: the published key is cut short. Publish the value as the quoted strings shown."
                : "DKIM key differs from the one generated; copy the value shown again.");
    }
}

/// <summary>DMARC (RFC 7489): one record at _dmarc, a policy that acts on failures, reports to the platform.</summary>
internal static class DmarcRecord
{
    public const string Policy = "quarantine";

    private static readonly HashSet<string> Policies = ["none", "quarantine", "reject"];

    public static string ValueFor(string reportAddress) => $"v=DMARC1; p={Policy}; rua=mailto:{reportAddress}";

    public static bool IsDmarc(string text) => text.StartsWith("v=DMARC1", StringComparison.Ordinal) && (text.Length == 8 || text[8] is ';' or ' ');

    public static RecordVerdict Check(IReadOnlyList<string> texts, string fullName, string reportAddress)
    {
        var records = texts.Where(IsDmarc).ToList();
        if (records.Count == 0)
        {
            return RecordVerdict.Fail($"DMARC record missing: publish a TXT record at {fullName} with the value shown.");
        }

        if (records.Count > 1)
        {
            return RecordVerdict.Fail($"{records.Count} DMARC records found; a domain may publish only one.");
        }

        var tags = TagList.Parse(records[0]);
        if (tags is null)
        {
            return RecordVerdict.Fail("DMARC record is not a list of tag=value pairs separated by semicolons.");
        }

        if (!tags.TryGetValue("p", out var policy) || !Policies.Contains(policy.ToLowerInvariant()))
        {
            return RecordVerdict.Fail("DMARC record needs a policy: p=quarantine (or p=reject).");
        }

        if (policy.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            return RecordVerdict.Fail("DMARC policy is p=none, which asks receivers to do nothing with failing mail; use p=quarantine.");
        }

        var reports = (tags.GetValueOrDefault("rua") ?? string.Empty).Split(',', StringSplitOptions.TrimEntries);
        return reports.Any(uri => uri.Equals($"mailto:{reportAddress}", StringComparison.OrdinalIgnoreCase))
            ? RecordVerdict.Verified
            : RecordVerdict.Fail($"DMARC reports do not go to the platform: add mailto:{reportAddress} to rua=.");
    }
}

/// <summary>MX: the domain's mail must reach the platform's mail host.</summary>
internal static class MxRecord
{
    private const int MaxHostsNamed = 5;

    public static RecordVerdict Check(IReadOnlyList<MailExchanger> exchangers, string mailHost)
    {
        if (exchangers.Count == 0)
        {
            return RecordVerdict.Fail($"MX record missing: publish an MX record at @ pointing to {mailHost} with priority {PlatformDns.MxPriority}.");
        }

        var hosts = exchangers.OrderBy(e => e.Preference).Select(e => e.Host.TrimEnd('.').ToLowerInvariant()).Distinct().ToList();
        if (hosts.Contains(mailHost.TrimEnd('.').ToLowerInvariant()))
        {
            return RecordVerdict.Verified;
        }

        var named = string.Join(", ", hosts.Take(MaxHostsNamed)) + (hosts.Count > MaxHostsNamed ? $" and {hosts.Count - MaxHostsNamed} more" : string.Empty);
        return RecordVerdict.Fail($"MX points to {named}, expected {mailHost}.");
    }
}

/// <summary>The outcome of checking one record; for MX, the addresses its host resolved to.</summary>
internal sealed record RecordVerdict(string Status, string? Error, IReadOnlyList<string>? MxHosts = null)
{
    public static readonly RecordVerdict Verified = new(RecordStatus.Verified, null);

    public static RecordVerdict Fail(string error) => new(RecordStatus.Failed, error);
}
