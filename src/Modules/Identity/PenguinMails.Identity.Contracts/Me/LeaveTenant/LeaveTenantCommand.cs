using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;

namespace PenguinMails.Identity.Contracts.Me.LeaveTenant;

/// <summary>
/// The caller leaves a tenant. Not a tenant-scoped request, so no demand of the tenant's (its session timeout, 2FA, its
/// password rules) can stand in the way: leaving is always allowed, except for a tenant's last owner.
/// </summary>
public sealed record LeaveTenantCommand(Guid TenantId) : ICommand<Unit>;
