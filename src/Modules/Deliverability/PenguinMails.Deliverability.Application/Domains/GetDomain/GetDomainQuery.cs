using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.Deliverability.Application.Contracts;

namespace PenguinMails.Deliverability.Application.Domains.GetDomain;

public sealed record GetDomainQuery(Guid Id) : IQuery<DomainDto>;
