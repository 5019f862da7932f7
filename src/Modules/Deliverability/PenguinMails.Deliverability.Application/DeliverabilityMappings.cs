using System.Globalization;
using Mapster;
using PenguinMails.Deliverability.Contracts;
using PenguinMails.Deliverability.Domain;
using PenguinMails.Deliverability.Domain.Dns;
using BlacklistListing = PenguinMails.Deliverability.Domain.BlacklistListing;
using Listing = PenguinMails.Deliverability.Contracts.BlacklistListing;
using MailServer = PenguinMails.Deliverability.Contracts.MailServerSettings;
using MailServerSettings = PenguinMails.Deliverability.Domain.MailServerSettings;

namespace PenguinMails.Deliverability.Application;

/// <summary>How the module's entities and values become its DTOs and back (ADR 0028); <c>MappingTests</c> compiles every one.</summary>
internal sealed class DeliverabilityMappings : IRegister
{
    private static readonly IdnMapping Idn = new();

    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<MailServerSettings, MailServer>();
        config.NewConfig<MailServer, MailServerSettings>();
        config.NewConfig<BlacklistListing, Listing>();
        config.NewConfig<Listing, BlacklistListing>();

        config.NewConfig<SendingDomain, DomainDto>()
            .Map(d => d.DisplayName, s => Idn.GetUnicode(s.Domain))
            .Map(d => d.VerificationStatus, s => s.VerificationStatus.Name)
            .Map(d => d.Records, s => RecordsOf(s, config));
        // What depends on the zone's name is computed from it; the rest is the record as stored.
        config.NewConfig<DnsRecord, DnsRecordDto>().Ignore(d => d.Host, d => d.TxtStrings, d => d.ZoneValue);

        // The day's count depends on the day asked (DailyUsage.WithDailyUsage).
        config.NewConfig<EmailAccount, EmailAccountDto>()
            .Map(d => d.HasPassword, s => s.VaultKeyPath != null)
            .Map(d => d.Status, s => s.Status.Name)
            .Ignore(d => d.DailyCount, d => d.DailySendCap);

        config.NewConfig<VpsInstance, VpsInstanceDto>().Map(d => d.Status, s => s.Status.Name);
        config.NewConfig<SmtpIpAddress, SmtpIpAddressDto>()
            .Map(d => d.Status, s => s.Status.Name)
            .Map(d => d.ReputationState, s => s.ReputationState == null ? null : s.ReputationState.Name);
        config.NewConfig<DomainIpAssignment, DomainIpAssignmentDto>()
            .Map(d => d.Status, s => s.Status.Name)
            .Map(d => d.WarmupState, s => s.WarmupState == null ? null : s.WarmupState.Name);
    }

    private static List<DnsRecordDto> RecordsOf(SendingDomain domain, TypeAdapterConfig config) =>
        domain.DnsRecords?.Records.Select(record =>
        {
            var isTxt = record.DnsType == "TXT";
            return record.Adapt<DnsRecordDto>(config) with
            {
                Host = record.FullName(domain.Domain),
                TxtStrings = isTxt ? TxtValue.Split(record.Value) : null,
                ZoneValue = isTxt ? TxtValue.Quoted(record.Value) : $"{record.Priority} {record.Value}",
            };
        }).ToList() ?? [];
}
