namespace PenguinMails.Identity.Application.Ports;

/// <summary>
/// Signed, expiring tokens, one audience per purpose, so no kind of token is accepted in place of another:
/// access tokens, the short-lived challenge between a password and its second factor, e-mail verification
/// links and invitation links.
/// </summary>
internal interface ISignedTokens
{
    string IssueAccessToken(Guid userId, Guid sessionId, DateTimeOffset expires);

    Task<AccessTokenClaims?> ReadAccessTokenAsync(string token);

    /// <summary>
    /// A challenge bound to the last code step the account has used (<paramref name="lastCodeStep"/>): once any code is
    /// accepted after it was issued, the challenge is spent.
    /// </summary>
    string IssueTwoFactorChallenge(Guid userId, long? lastCodeStep, bool knownDevice, DateTimeOffset expires);

    Task<TwoFactorChallengeClaims?> ReadTwoFactorChallengeAsync(string token);

    /// <summary>
    /// Proof that a client signed in to the account before, so a lock against unknown clients does not stop it; it
    /// holds until the password changes (<paramref name="passwordChanged"/>).
    /// </summary>
    string IssueKnownDevice(Guid userId, DateTimeOffset passwordChanged, DateTimeOffset expires);

    Task<KnownDeviceClaims?> ReadKnownDeviceAsync(string token);

    string IssueEmailVerification(Guid userId, string email, DateTimeOffset expires);

    Task<EmailVerificationClaims?> ReadEmailVerificationAsync(string token);

    /// <summary>
    /// A sign-up waiting for its address to be proven: everything the account will be made of, encrypted as well as
    /// signed, because it carries the password's hash through a mailbox.
    /// </summary>
    string IssueSignUp(PendingSignUp signUp, DateTimeOffset expires);

    Task<PendingSignUp?> ReadSignUpAsync(string token);

    string IssueInvitation(Guid invitationId, Guid tenantId, DateTimeOffset expires);

    Task<InvitationClaims?> ReadInvitationAsync(string token);
}

internal sealed record AccessTokenClaims(Guid UserId, Guid SessionId);

/// <param name="KnownDevice">The password step came from a client the account knows.</param>
internal sealed record TwoFactorChallengeClaims(Guid UserId, long? LastCodeStep, bool KnownDevice);

/// <param name="PasswordChanged">When the password the device signed in with was set, in Unix milliseconds.</param>
internal sealed record KnownDeviceClaims(Guid UserId, long PasswordChanged);

internal sealed record EmailVerificationClaims(Guid UserId, string Email);

internal sealed record InvitationClaims(Guid InvitationId, Guid TenantId);

internal sealed record PendingSignUp(string Email, string Name, string TenantName, HashedPassword Password);
