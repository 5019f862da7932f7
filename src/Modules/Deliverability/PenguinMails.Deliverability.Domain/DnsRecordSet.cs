using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Domain;

/// <summary>domains.dns_records: the records a domain must publish, each with its own verification state.</summary>
internal sealed record DnsRecordSet(IReadOnlyList<DnsRecord> Records)
{
    /// <summary>
    /// What a new domain must publish: SPF including the platform, the DKIM public key under the platform's selector
    /// (its private key already in the secret store at <paramref name="dkimSecretRef"/>), DMARC reporting to the
    /// platform, and MX to the platform's mail host. Each pending, from the platform.
    /// </summary>
    public static DnsRecordSet Generate(PlatformDns platform, string dkimPublicKey, string dkimSecretRef) => new(
    [
        new DnsRecord { RecordType = RecordKinds.Spf, Name = "@", Value = $"v=spf1 include:{platform.SpfInclude} -all", Ttl = platform.Ttl },
        new DnsRecord
        {
            RecordType = RecordKinds.Dkim,
            Name = $"{platform.DkimSelector}._domainkey",
            Selector = platform.DkimSelector,
            Value = DkimRecord.ValueFor(dkimPublicKey),
            PublicKey = dkimPublicKey,
            ManagedBy = "platform",
            SecretRef = dkimSecretRef,
            NeedsDeployment = true,
            Ttl = platform.Ttl,
        },
        new DnsRecord { RecordType = RecordKinds.Dmarc, Name = "_dmarc", Value = DmarcRecord.ValueFor(platform.DmarcReportAddress), Policy = DmarcRecord.Policy, Ttl = platform.Ttl },
        new DnsRecord { RecordType = RecordKinds.Mx, Name = "@", Value = platform.MailHost + ".", Priority = PlatformDns.MxPriority, Ttl = platform.Ttl },
    ]);
}

/// <summary>
/// One record, field for field as the schema guide's JSON describes it (stored with its snake_case keys).
/// Type-specific fields are null where they do not apply.
/// </summary>
internal sealed record DnsRecord
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

    /// <summary>The record's full name under <paramref name="domain"/>.</summary>
    public string FullName(string domain) => Name == "@" ? domain : $"{Name}.{domain}";

    /// <summary>How the record is published: SPF, DKIM and DMARC are TXT records.</summary>
    public string DnsType => RecordType == RecordKinds.Mx ? "MX" : "TXT";

    /// <summary>Whether the record's current value was checked against DNS and found right.</summary>
    public RecordVerdict Check(string domain, PlatformDns platform, DnsAnswer answer) => answer.Outcome switch
    {
        DnsLookupOutcome.TimedOut => new RecordVerdict(RecordStatus.Error, $"lookup timed out: the name servers did not answer for {FullName(domain)} ({answer.Failure}); we will try again."),
        DnsLookupOutcome.Failed => new RecordVerdict(RecordStatus.Error, $"lookup of {FullName(domain)} failed ({answer.Failure}); we will try again."),
        _ => RecordType switch
        {
            RecordKinds.Spf => SpfRecord.Check(answer.Texts, platform.SpfInclude),
            RecordKinds.Dkim => DkimRecord.Check(answer.Texts, FullName(domain), PublicKey ?? string.Empty),
            RecordKinds.Dmarc => DmarcRecord.Check(answer.Texts, FullName(domain), platform.DmarcReportAddress),
            RecordKinds.Mx => MxRecord.Check(answer.MailExchangers, Value.TrimEnd('.')),
            _ => new RecordVerdict(RecordStatus.Error, $"{RecordType} records are not checked by the platform."),
        },
    };
}
