using System.Globalization;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;

namespace PenguinMails.Deliverability.Application.Contracts;

internal static class DomainMapping
{
    private static readonly IdnMapping Idn = new();

    public static DomainDto ToDto(this SendingDomain domain) => new(
        domain.Id,
        domain.Domain,
        Idn.GetUnicode(domain.Domain),
        domain.CompanyId,
        domain.IsPrimary,
        domain.VerificationStatus,
        domain.Verified,
        domain.MailuDomain,
        domain.DnsTtlObserved,
        domain.DnsLastVerifiedAt,
        domain.DnsVerificationError,
        domain.DnsVerificationAttempts,
        domain.DnsNextCheckAt,
        domain.DnsRecords?.Records.Select(r => r.ToDto(domain.Domain)).ToList() ?? [],
        domain.Created,
        domain.Updated);

    public static DnsRecordDto ToDto(this DnsRecord record, string domain)
    {
        var isTxt = record.DnsType == "TXT";
        return new DnsRecordDto(
            record.RecordType,
            record.DnsType,
            record.Name,
            record.FullName(domain),
            record.Value,
            isTxt ? TxtValue.Split(record.Value) : null,
            isTxt ? TxtValue.Quoted(record.Value) : $"{record.Priority} {record.Value}",
            record.Priority,
            record.Ttl,
            record.VerificationStatus,
            record.LastVerifiedAt,
            record.VerificationAttempts,
            record.VerificationError,
            record.Source,
            record.Selector,
            record.ManagedBy,
            record.NeedsDeployment,
            record.MxHosts);
    }
}
