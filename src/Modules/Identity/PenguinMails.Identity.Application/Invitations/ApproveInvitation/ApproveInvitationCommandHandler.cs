using MapsterMapper;
using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Members;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Invitations.ApproveInvitation;

namespace PenguinMails.Identity.Application.Invitations.ApproveInvitation;

internal sealed class ApproveInvitationCommandHandler(ICurrentTenant current, IInvitationRepository invitations, IMembershipRepository memberships, TimeProvider clock, IMapper mapper)
    : IRequestHandler<ApproveInvitationCommand, InvitationDto>
{
    public async Task<InvitationDto> Handle(ApproveInvitationCommand request, CancellationToken cancellationToken)
    {
        current.RequireTenantId();
        var invitation = await invitations.GetAsync(request.InvitationId, cancellationToken) ?? throw NotFoundException.For("invitation", request.InvitationId);
        MemberRules.EnsureMayGrant(current.Roles, invitation.Roles);
        var now = clock.GetUtcNow();
        invitation.Approve(now);
        await memberships.JoinAsync(invitation, invitation.UserId!.Value, now, cancellationToken);
        return mapper.Map<InvitationDto>(invitation);
    }
}
