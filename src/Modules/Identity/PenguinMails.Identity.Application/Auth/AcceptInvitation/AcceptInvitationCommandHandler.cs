using MediatR;
using PenguinMails.BuildingBlocks.Application.Errors;
using PenguinMails.Identity.Application.Invitations;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Application.Sessions;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Contracts.Auth.AcceptInvitation;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Auth.AcceptInvitation;

/// <summary>
/// Creates the invitee's account with a password that meets the inviting tenant's rules. The link reached the
/// address, so it counts as verified. The membership starts now, or after approval when the tenant's policy
/// does not approve members automatically.
/// </summary>
internal sealed class AcceptInvitationCommandHandler(
    InvitationLinks links,
    IUserRepository users,
    IMembershipRepository memberships,
    AccountRegistrar registrar,
    IPasswordHasher hasher,
    SessionIssuer sessionIssuer,
    TimeProvider clock) : IRequestHandler<AcceptInvitationCommand, InvitationAcceptedDto>
{
    public async Task<InvitationAcceptedDto> Handle(AcceptInvitationCommand request, CancellationToken cancellationToken)
    {
        var (invitation, tenant, policy) = await links.OpenAsync(request.Token, acceptingUserId: null, cancellationToken) ?? throw InvalidToken();
        var now = clock.GetUtcNow();
        var violations = policy.PasswordPolicy.Violations(PasswordShape.Of(request.Password));
        if (violations.Count > 0)
        {
            throw new RequestValidationException(new Dictionary<string, string[]>
            {
                ["password"] = [.. violations.Select(v => $"The password {v}.")],
            });
        }

        if (await users.EmailExistsAsync(invitation.Email, cancellationToken))
        {
            throw new ConflictException("account-exists",
                "An account with this address exists already: sign in to it and accept at POST /api/v1/me/invitations/accept.");
        }

        var user = await registrar.RegisterAsync(invitation.Email, request.Name, HashedPassword.Of(hasher, request.Password), tenant.Id, cancellationToken);

        invitation.Accept(user.Id, policy.CompanyAutoApproveMembers, now);
        if (policy.CompanyAutoApproveMembers)
        {
            await memberships.JoinAsync(invitation, user.Id, now, cancellationToken);
        }

        var token = sessionIssuer.Start(user.Id, twoFactorVerified: false);
        return new InvitationAcceptedDto(user.Id, tenant.Id, invitation.Status.Name, token.AccessToken, token.TokenType, token.ExpiresAt);
    }

    private static RequestValidationException InvalidToken() =>
        new(new Dictionary<string, string[]> { ["token"] = ["The invitation is not valid, was already used, or has expired."] });
}
