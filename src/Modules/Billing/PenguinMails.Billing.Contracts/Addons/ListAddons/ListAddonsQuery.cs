using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Contracts.Addons.ListAddons;

/// <summary>The current subscription's active add-ons (a handful at most, so one list).</summary>
public sealed record ListAddonsQuery : IQuery<IReadOnlyList<AddonDto>>;
