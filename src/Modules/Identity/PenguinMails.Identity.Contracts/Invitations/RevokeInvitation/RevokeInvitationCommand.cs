using MediatR;
using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Invitations.RevokeInvitation;

/// <summary>Withdraws an invitation not yet accepted, or refuses one that awaits approval.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record RevokeInvitationCommand(Guid InvitationId) : ICommand<Unit>;
