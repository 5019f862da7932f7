namespace PenguinMails.Identity.Contracts;

/// <summary>A bearer token for the API and when it stops working.</summary>
public sealed record AccessTokenDto(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

/// <summary>
/// A session, and the device token: sent back as <c>deviceToken</c> on the next sign-in, it shows the client signed in
/// to this account before, so a lock against unknown clients does not stop it. It lasts until the password changes.
/// </summary>
public sealed record SignedInDto(string AccessToken, string TokenType, DateTimeOffset ExpiresAt, string DeviceToken)
{
    public static SignedInDto Of(AccessTokenDto session, string deviceToken) => new(session.AccessToken, session.TokenType, session.ExpiresAt, deviceToken);
}

/// <summary>Sign-up's answer: the new account, its first tenant, and a token to act in it.</summary>
/// <summary>
/// A sign-up was taken in: a link went to the address, to finish it, or to tell its owner that the address has an
/// account. The answer is the same either way, so it says nothing about who has an account.
/// </summary>
public sealed record SignUpAcceptedDto(string Email);

public sealed record SignUpResultDto(Guid UserId, Guid TenantId, string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

/// <summary>The password was right and the account uses two-factor sign-in: send the code with this challenge.</summary>
public sealed record TwoFactorChallengeDto(bool TwoFactorRequired, string ChallengeToken, DateTimeOffset ExpiresAt);

/// <summary>What sign-in came to. Failures are answers, not exceptions, so the failed-attempt count they record is committed.</summary>
public abstract record LogInResult
{
    public sealed record Succeeded(SignedInDto SignedIn) : LogInResult;

    public sealed record TwoFactorRequired(TwoFactorChallengeDto Challenge) : LogInResult;

    /// <summary>Unknown address, wrong password, wrong or stale code: one answer for all.</summary>
    public sealed record Failed(string Code, string Message) : LogInResult;

    public sealed record LockedOut(TimeSpan RetryAfter) : LogInResult;
}

/// <summary>Accepting an invitation: the new account's token, and whether the membership still awaits approval.</summary>
public sealed record InvitationAcceptedDto(Guid UserId, Guid TenantId, string Status, string AccessToken, string TokenType, DateTimeOffset ExpiresAt);

public sealed record TwoFactorSetupDto(string Secret, string OtpauthUri);

/// <summary>A signed-in account's answer to an invitation: the tenant, and <c>accepted</c> or <c>awaiting_approval</c>.</summary>
public sealed record InvitationJoinedDto(Guid TenantId, string Status);
