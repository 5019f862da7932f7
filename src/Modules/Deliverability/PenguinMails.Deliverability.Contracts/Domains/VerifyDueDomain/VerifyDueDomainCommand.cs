using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Deliverability.Contracts.Domains.VerifyDueDomain;

/// <summary>
/// The background checker's step: claims one domain of any tenant whose re-check is due and verifies it. False
/// when none is due. Runs as the platform role.
/// </summary>
public sealed record VerifyDueDomainCommand : ICommand<bool>;
