using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Entitlements.GetEntitlements;

/// <summary>
/// The current tenant's effective limits: its plan's, raised by its active add-ons. A null maximum is unlimited.
/// Every module that creates a limited thing asks this before it does (see <see cref="EntitlementsDto.Ensure"/>).
/// </summary>
public sealed record GetEntitlementsQuery : IQuery<EntitlementsDto>;
