using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.Domains.VerifyDomain;

/// <summary>Looks the domain's records up now and answers with what was found, record by record.</summary>
public sealed record VerifyDomainCommand(Guid Id) : ICommand<DomainDto>;
