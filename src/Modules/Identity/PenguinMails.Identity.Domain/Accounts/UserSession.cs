using PenguinMails.BuildingBlocks.Domain;

namespace PenguinMails.Identity.Domain;

/// <summary>A row of <c>user_sessions</c> (V4): one issued access token, by its id (the token's jti).</summary>
internal sealed class UserSession : Entity, IAggregateRoot
{
    private UserSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public DateTimeOffset Expires { get; private set; }

    public DateTimeOffset? Revoked { get; private set; }

    public bool TwoFactorVerified { get; private set; }

    public static UserSession Start(Guid id, Guid userId, DateTimeOffset now, DateTimeOffset expires, bool twoFactorVerified) => new()
    {
        Id = id,
        UserId = userId,
        Created = now,
        Expires = expires,
        TwoFactorVerified = twoFactorVerified,
    };

    public void Revoke(DateTimeOffset now) => Revoked ??= now;

    /// <summary>The user proved a second factor during this session (by confirming enrollment).</summary>
    public void MarkTwoFactorVerified() => TwoFactorVerified = true;
}
