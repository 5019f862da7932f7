using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Invitations;

internal static class InvitationMappings
{
    public static InvitationDto ToDto(this TenantInvitation invitation) =>
        new(invitation.Id, invitation.Email, invitation.Roles, invitation.Status, invitation.InvitedBy, invitation.UserId, invitation.Expires, invitation.Created);
}
