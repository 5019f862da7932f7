using PenguinMails.Billing.Contracts.Entitlements;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Addons.AddAddon;

/// <summary>Buys <paramref name="Quantity"/> units of an add-on; each raises its limit (see <see cref="AddonCatalog"/>).</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record AddAddonCommand(string AddonType, int Quantity = 1) : ICommand<AddonDto>;
