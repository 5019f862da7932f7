namespace PenguinMails.Deliverability.Domain;

/// <summary>domains.dns_records: the records a domain must publish, each with its own verification state.</summary>
public sealed record DnsRecordSet(IReadOnlyList<DnsRecord> Records);

/// <summary>
/// One record, field for field as the schema guide's JSON describes it (stored with its snake_case keys).
/// Type-specific fields are null where they do not apply.
/// </summary>
public sealed record DnsRecord
{
    /// <summary>SPF, DKIM, DMARC, MX, A, AAAA or CNAME.</summary>
    public required string RecordType { get; init; }

    /// <summary>"@" for the domain itself, otherwise the label below it ("_dmarc", "default._domainkey").</summary>
    public required string Name { get; init; }

    /// <summary>The value the record must carry.</summary>
    public required string Value { get; init; }

    public int Ttl { get; init; } = 3600;

    /// <summary>pending, verified, failed or error.</summary>
    public string VerificationStatus { get; init; } = "pending";

    public DateTimeOffset? LastVerifiedAt { get; init; }

    public int VerificationAttempts { get; init; }

    public string? VerificationError { get; init; }

    /// <summary>ui, platform or api.</summary>
    public string Source { get; init; } = "platform";

    public string? Selector { get; init; }

    public string? PublicKey { get; init; }

    /// <summary>platform or mailu.</summary>
    public string? ManagedBy { get; init; }

    /// <summary>Where the DKIM private key is kept; never the key itself.</summary>
    public string? SecretRef { get; init; }

    public bool? NeedsDeployment { get; init; }

    public string? Policy { get; init; }

    public int? Priority { get; init; }

    public IReadOnlyList<string>? MxHosts { get; init; }
}
