using PenguinMails.BuildingBlocks.Application.Messaging;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Contracts.Invitations.ApproveInvitation;

/// <summary>Lets an invitee who accepted in: their membership starts with the invited roles.</summary>
[RequiresTenantRole(TenantRoles.Owner, TenantRoles.Admin)]
public sealed record ApproveInvitationCommand(Guid InvitationId) : ICommand<InvitationDto>;
