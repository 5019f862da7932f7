using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Tenants.UpdateCurrentTenant;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateCurrentTenantCommand(string? Name = null) : ICommand<TenantDto>;
