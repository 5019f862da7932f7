using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Domain;

/// <summary>A row of <c>domains</c>.</summary>
internal sealed class SendingDomain : Entity, IAggregateRoot, ITenantOwned, ICreationOrdered
{
    private SendingDomain()
    {
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public Guid? CompanyId { get; private set; }

    public string Domain { get; private set; } = default!;

    public DomainStatus VerificationStatus { get; private set; } = DomainStatus.Pending;

    public DnsRecordSet? DnsRecords { get; private set; }

    public bool IsPrimary { get; private set; }

    public DateTimeOffset? Verified { get; private set; }

    public string? MailuDomain { get; private set; }

    public int? DnsTtlObserved { get; private set; }

    public DateTimeOffset? DnsLastVerifiedAt { get; private set; }

    public string? DnsVerificationError { get; private set; }

    public int DnsVerificationAttempts { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Updated { get; private set; }

    /// <summary>A domain the tenant will send from, with the records it must publish, each pending.</summary>
    public static SendingDomain Create(Guid id, Guid tenantId, Guid companyId, string asciiName, bool isPrimary, DnsRecordSet records, RecheckSchedule schedule, DateTimeOffset now) => new()
    {
        Id = id,
        TenantId = tenantId,
        CompanyId = companyId,
        Domain = asciiName,
        MailuDomain = asciiName,
        IsPrimary = isPrimary,
        VerificationStatus = DomainStatus.Pending,
        DnsRecords = records,
        DnsNextCheckAt = now + schedule.FirstCheckAfter,
        Created = now,
        Updated = now,
    };

    /// <summary>When the background checker next looks this domain's records up.</summary>
    public DateTimeOffset? DnsNextCheckAt { get; private set; }

    public bool IsVerified => VerificationStatus == DomainStatus.Verified;

    public void SetPrimary(bool isPrimary, DateTimeOffset now)
    {
        IsPrimary = isPrimary;
        Updated = now;
    }

    public void MoveToCompany(Guid companyId, DateTimeOffset now)
    {
        CompanyId = companyId;
        Updated = now;
    }

    /// <summary>
    /// Records one check of every record (verdicts in the order of <see cref="DnsRecords"/>). All verified: the
    /// domain is verified. Any record failed: the domain fails, even one verified before, with the reasons. Only
    /// look-up errors: the status stays as it was, since nothing was learnt about the records.
    /// </summary>
    public void RecordVerification(IReadOnlyList<RecordVerdict> verdicts, int? observedTtl, RecheckSchedule schedule, DateTimeOffset now)
    {
        var records = DnsRecords?.Records ?? [];
        if (verdicts.Count != records.Count)
        {
            throw new ArgumentException($"{verdicts.Count} verdicts for {records.Count} records.", nameof(verdicts));
        }

        DnsRecords = new DnsRecordSet(records.Zip(verdicts, (record, verdict) => record with
        {
            VerificationStatus = verdict.Status,
            VerificationError = verdict.Error,
            VerificationAttempts = record.VerificationAttempts + 1,
            LastVerifiedAt = verdict.Status == RecordStatus.Verified ? now : record.LastVerifiedAt,
            MxHosts = verdict.MxHosts ?? record.MxHosts,
        }).ToList());

        DnsTtlObserved = observedTtl ?? DnsTtlObserved;
        var problems = DnsRecords.Records.Where(r => r.VerificationStatus != RecordStatus.Verified).ToList();
        if (records.Count == 0)
        {
            // Nothing to check is not a pass.
            VerificationStatus = DomainStatus.Failed;
            Verified = null;
            DnsVerificationError = "No DNS records are on file for this domain; remove it and add it again.";
            DnsVerificationAttempts++;
            DnsNextCheckAt = null;
        }
        else if (problems.Count == 0)
        {
            VerificationStatus = DomainStatus.Verified;
            Verified ??= now;
            DnsLastVerifiedAt = now;
            DnsVerificationError = null;
            DnsVerificationAttempts = 0;
            DnsNextCheckAt = now + schedule.VerifiedRecheck;
        }
        else
        {
            if (problems.Any(r => r.VerificationStatus == RecordStatus.Failed))
            {
                VerificationStatus = DomainStatus.Failed;
                Verified = null;
            }

            DnsVerificationError = string.Join(" ", problems.Select(r => $"{r.RecordType}: {r.VerificationError}"));
            DnsVerificationAttempts++;
            DnsNextCheckAt = now + schedule.RetryAfter(DnsVerificationAttempts);
        }

        Updated = now;
    }
}

/// <summary>How often records are looked up again: growing back-off until they verify, then a steady re-check.</summary>
internal sealed record RecheckSchedule(TimeSpan FirstCheckAfter, TimeSpan RetryBase, TimeSpan RetryMax, TimeSpan VerifiedRecheck)
{
    public static readonly RecheckSchedule Default = new(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), TimeSpan.FromHours(6), TimeSpan.FromHours(1));

    /// <summary>After the <paramref name="retries"/>-th unsuccessful check in a row: base, 2×base, 4×base… up to the maximum.</summary>
    public TimeSpan RetryAfter(int retries)
    {
        var doublings = Math.Clamp(retries - 1, 0, 30);
        var wait = RetryBase.Ticks * Math.Pow(2, doublings);
        return wait >= RetryMax.Ticks ? RetryMax : TimeSpan.FromTicks((long)wait);
    }
}
