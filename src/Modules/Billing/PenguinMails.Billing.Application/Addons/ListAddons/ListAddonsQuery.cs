using PenguinMails.Billing.Application.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Billing.Application.Addons.ListAddons;

/// <summary>The current subscription's active add-ons (a handful at most, so one list).</summary>
public sealed record ListAddonsQuery : IQuery<IReadOnlyList<AddonDto>>;
