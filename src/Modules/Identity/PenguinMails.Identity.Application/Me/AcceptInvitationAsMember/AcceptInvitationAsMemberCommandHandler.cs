using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.BuildingBlocks.Application.Security;
using PenguinMails.Identity.Application.Invitations;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Me.AcceptInvitationAsMember;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Me.AcceptInvitationAsMember;

/// <summary>The invitation must be open and addressed to the caller's own address; anyone else's link is not valid here.</summary>
internal sealed class AcceptInvitationAsMemberCommandHandler(
    ICurrentUser current,
    InvitationLinks links,
    IUserRepository users,
    IMembershipRepository memberships,
    TimeProvider clock) : IRequestHandler<AcceptInvitationAsMemberCommand, InvitationJoinedDto>
{
    public async Task<InvitationJoinedDto> Handle(AcceptInvitationAsMemberCommand request, CancellationToken cancellationToken)
    {
        var userId = current.RequireUserId();
        var user = await users.GetAsync(userId, cancellationToken) ?? throw InvalidToken();
        if (await links.OpenAsync(request.Token, userId, cancellationToken) is not var (invitation, tenant, policy)
            || invitation.Email != EmailAddress.Normalize(user.Email))
        {
            throw InvalidToken();
        }

        var now = clock.GetUtcNow();
        if (await memberships.GetAsync(tenant.Id, userId, cancellationToken) is { IsActive: true })
        {
            throw new ConflictException("already-a-member", "You are a member of this tenant already.");
        }

        invitation.Accept(userId, policy.CompanyAutoApproveMembers, now);
        if (policy.CompanyAutoApproveMembers)
        {
            await memberships.JoinAsync(invitation, userId, now, cancellationToken);
        }

        return new InvitationJoinedDto(tenant.Id, invitation.Status.Name);
    }

    private static RequestValidationException InvalidToken() =>
        new(new Dictionary<string, string[]> { ["token"] = ["The invitation is not valid for this account, was already used, or has expired."] });
}
