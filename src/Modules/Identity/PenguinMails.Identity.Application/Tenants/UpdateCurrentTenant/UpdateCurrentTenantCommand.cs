using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;
using PenguinMails.Identity.Application.Contracts;

namespace PenguinMails.Identity.Application.Tenants.UpdateCurrentTenant;

[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record UpdateCurrentTenantCommand(string? Name = null) : ICommand<TenantDto>;
