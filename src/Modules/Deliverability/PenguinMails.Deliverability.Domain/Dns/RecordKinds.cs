using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Deliverability.Domain.Dns;

/// <summary>dns_records[].record_type values the platform generates and checks.</summary>
internal static class RecordKinds
{
    public const string Spf = "SPF";
    public const string Dkim = "DKIM";
    public const string Dmarc = "DMARC";
    public const string Mx = "MX";
}

/// <summary>dns_records[].verification_status.</summary>
internal static class RecordStatus
{
    public const string Pending = "pending";
    public const string Verified = "verified";
    public const string Failed = "failed";

    /// <summary>The look-up itself went wrong (time-out, server failure): nothing is known about the record.</summary>
    public const string Error = "error";
}

/// <summary>Where a domain's DNS verification stands (<c>domains.verification_status</c>), stored as its name.</summary>
internal sealed class DomainStatus : NamedValue<DomainStatus>
{
    public static readonly DomainStatus Pending = new("pending");
    public static readonly DomainStatus Verified = new("verified");
    public static readonly DomainStatus Failed = new("failed");

    private DomainStatus(string name)
        : base(name)
    {
    }
}
