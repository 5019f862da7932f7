using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Billing.Contracts.Addons.RemoveAddon;

/// <summary>Stops an add-on; refused (409, naming the limits) while current usage needs the capacity it adds.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record RemoveAddonCommand(string Id) : ICommand<Unit>;
