using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.Domains.GetDnsRecords;

/// <summary>The records the domain must publish, as the user publishes them, with each one's verification state.</summary>
public sealed record GetDnsRecordsQuery(Guid Id) : IQuery<IReadOnlyList<DnsRecordDto>>;
