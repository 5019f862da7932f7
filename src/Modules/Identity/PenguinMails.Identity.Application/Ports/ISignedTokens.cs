namespace PenguinMails.Identity.Application.Ports;

/// <summary>
/// Signed, expiring tokens, one audience per purpose, so no kind of token is accepted in place of another:
/// access tokens, the short-lived challenge between a password and its second factor, e-mail verification
/// links and invitation links.
/// </summary>
public interface ISignedTokens
{
    string IssueAccessToken(Guid userId, Guid sessionId, DateTimeOffset expires);

    Task<AccessTokenClaims?> ReadAccessTokenAsync(string token);

    /// <summary>
    /// A challenge bound to the last code step the account has used (<paramref name="lastCodeStep"/>): once any code is
    /// accepted after it was issued, the challenge is spent.
    /// </summary>
    string IssueTwoFactorChallenge(Guid userId, long? lastCodeStep, DateTimeOffset expires);

    Task<TwoFactorChallengeClaims?> ReadTwoFactorChallengeAsync(string token);

    string IssueEmailVerification(Guid userId, string email, DateTimeOffset expires);

    Task<EmailVerificationClaims?> ReadEmailVerificationAsync(string token);

    string IssueInvitation(Guid invitationId, Guid tenantId, DateTimeOffset expires);

    Task<InvitationClaims?> ReadInvitationAsync(string token);
}

public sealed record AccessTokenClaims(Guid UserId, Guid SessionId);

public sealed record TwoFactorChallengeClaims(Guid UserId, long? LastCodeStep);

public sealed record EmailVerificationClaims(Guid UserId, string Email);

public sealed record InvitationClaims(Guid InvitationId, Guid TenantId);
