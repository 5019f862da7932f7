using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.Domains.GetDomain;

public sealed record GetDomainQuery(Guid Id) : IQuery<DomainDto>;
