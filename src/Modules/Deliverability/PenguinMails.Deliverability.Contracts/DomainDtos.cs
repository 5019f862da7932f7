
namespace PenguinMails.Deliverability.Contracts;

/// <summary>A sending domain and where its DNS verification stands. <c>domain</c> is the stored (punycode) name, <c>displayName</c> its Unicode form.</summary>
public sealed record DomainDto(
    Guid Id,
    string Domain,
    string DisplayName,
    Guid? CompanyId,
    bool IsPrimary,
    string VerificationStatus,
    DateTimeOffset? Verified,
    string? MailuDomain,
    int? DnsTtlObserved,
    DateTimeOffset? DnsLastVerifiedAt,
    string? DnsVerificationError,
    int DnsVerificationAttempts,
    DateTimeOffset? DnsNextCheckAt,
    IReadOnlyList<DnsRecordDto> Records,
    DateTimeOffset Created,
    DateTimeOffset Updated);

/// <summary>
/// One record as the user publishes it. <c>name</c> is relative to the domain ("@" for the domain itself),
/// <c>host</c> the full name. For TXT records <c>txtStrings</c> holds the value cut into the ≤255-character
/// strings DNS carries, and <c>zoneValue</c> the same as quoted strings, which DNS panels and zone files accept.
/// </summary>
public sealed record DnsRecordDto(
    string RecordType,
    string DnsType,
    string Name,
    string Host,
    string Value,
    IReadOnlyList<string>? TxtStrings,
    string ZoneValue,
    int? Priority,
    int Ttl,
    string VerificationStatus,
    DateTimeOffset? LastVerifiedAt,
    int VerificationAttempts,
    string? VerificationError,
    string Source,
    string? Selector,
    string? ManagedBy,
    bool? NeedsDeployment,
    IReadOnlyList<string>? MxHosts);
