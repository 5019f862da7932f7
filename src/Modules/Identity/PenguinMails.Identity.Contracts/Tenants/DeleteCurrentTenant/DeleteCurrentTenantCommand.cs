using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Tenants.DeleteCurrentTenant;

/// <summary>Soft-deletes the tenant: its rows stay, and its routes answer 404 to everyone from now on.</summary>
[RequiresTenantRole(TenantRoles.Owner)]
public sealed record DeleteCurrentTenantCommand : ICommand<Unit>;
