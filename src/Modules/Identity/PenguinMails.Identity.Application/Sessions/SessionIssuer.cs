using PenguinMails.Identity.Application.Contracts;
using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>Starts a session and signs its access token, living no longer than the shortest session timeout among the user's tenants.</summary>
internal sealed class SessionIssuer(IUserSessionRepository sessions, IMembershipRepository memberships, ISignedTokens tokens, TimeProvider clock)
{
    public async Task<AccessTokenDto> StartAsync(Guid userId, bool twoFactorVerified, CancellationToken cancellationToken)
    {
        var profile = await memberships.SecurityProfileAsync(userId, cancellationToken);
        return Start(userId, twoFactorVerified, profile);
    }

    public AccessTokenDto Start(Guid userId, bool twoFactorVerified, SecurityProfile profile)
    {
        var now = clock.GetUtcNow();
        var expires = now.AddHours(profile.SessionTimeoutHours);
        var session = UserSession.Start(Guid.CreateVersion7(), userId, now, expires, twoFactorVerified);
        sessions.Add(session);
        return new AccessTokenDto(tokens.IssueAccessToken(userId, session.Id, expires), "Bearer", expires);
    }
}
