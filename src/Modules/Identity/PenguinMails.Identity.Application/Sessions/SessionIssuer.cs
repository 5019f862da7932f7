using PenguinMails.Identity.Application.Persistence;
using PenguinMails.Identity.Application.Ports;
using PenguinMails.Identity.Contracts;
using PenguinMails.Identity.Domain;

namespace PenguinMails.Identity.Application.Sessions;

/// <summary>
/// Starts a session and signs its access token for the platform's session lifetime. A tenant's shorter session timeout
/// is enforced in that tenant only (caller resolution), never on the account's sessions elsewhere (ADR 0022).
/// </summary>
internal sealed class SessionIssuer(IUserSessionRepository sessions, ISignedTokens tokens, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    public AccessTokenDto Start(Guid userId, bool twoFactorVerified)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var session = UserSession.Start(Guid.CreateVersion7(), userId, now, expires, twoFactorVerified);
        sessions.Add(session);
        return new AccessTokenDto(tokens.IssueAccessToken(userId, session.Id, expires), "Bearer", expires);
    }
}
