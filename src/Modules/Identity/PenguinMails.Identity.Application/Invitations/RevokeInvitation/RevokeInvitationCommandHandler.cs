using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts.Invitations.RevokeInvitation;

namespace PenguinMails.Identity.Application.Invitations.RevokeInvitation;

internal sealed class RevokeInvitationCommandHandler(IInvitationRepository invitations, TimeProvider clock) : IRequestHandler<RevokeInvitationCommand, Unit>
{
    public async Task<Unit> Handle(RevokeInvitationCommand request, CancellationToken cancellationToken)
    {
        var invitation = await invitations.GetAsync(request.InvitationId, cancellationToken) ?? throw NotFoundException.For("invitation", request.InvitationId);
        invitation.Revoke(clock.GetUtcNow());

        return Unit.Value;
    }
}
